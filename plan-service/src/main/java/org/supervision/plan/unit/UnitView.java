package org.supervision.plan.unit;

import java.util.List;
import java.util.UUID;

/** A unit as the API shows it; regionCode null: the deployment's home region. */
public record UnitView(UUID id, String code, String name, String shortName, String kind, UUID parentId,
                       UnitStatus status, List<String> aliases, long version, String regionCode) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.id, unit.code, unit.name, unit.shortName, unit.kind, unit.parentId, unit.status,
                List.copyOf(unit.aliases), unit.version, unit.regionCode);
    }
}
