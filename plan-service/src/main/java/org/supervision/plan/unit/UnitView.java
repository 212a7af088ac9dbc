package org.supervision.plan.unit;

import java.util.UUID;

/** A unit as the API shows it. */
public record UnitView(UUID id, String code, String name, String kind) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.id, unit.code, unit.name, unit.kind);
    }
}
