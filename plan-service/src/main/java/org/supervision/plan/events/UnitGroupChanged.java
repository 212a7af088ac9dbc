package org.supervision.plan.events;

import java.util.List;
import java.util.UUID;

import org.supervision.plan.unit.UnitGroup;

/**
 * Data of {@value #TYPE}: a group and its members as they now are, so that consumers expanding
 * group mentions (task-service) stay current.
 */
public record UnitGroupChanged(UUID groupId, String code, String name, List<String> aliases, List<UUID> members,
                               long version) {

    public static final String TYPE = "supervision.unit.group.changed.v1";

    public static UnitGroupChanged of(UnitGroup group) {
        return new UnitGroupChanged(group.id, group.code, group.name, List.copyOf(group.aliases),
                List.copyOf(group.members), group.version);
    }
}
