package org.supervision.plan.unit;

import java.util.List;
import java.util.UUID;

/** A group with its members, as the API shows it. */
public record UnitGroupView(UUID id, String code, String name, List<String> aliases, List<Member> members,
                            long version, String regionCode) {

    public record Member(UUID id, String code, String name) {
    }
}
