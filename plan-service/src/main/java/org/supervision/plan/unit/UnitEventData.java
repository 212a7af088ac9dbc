package org.supervision.plan.unit;

import java.util.List;

import org.supervision.contracts.unit.UnitChanged;
import org.supervision.contracts.unit.UnitGroupChanged;

/** Builds the data of unit events from the directory's units and groups, as they now are. */
final class UnitEventData {

    private UnitEventData() {
    }

    static UnitChanged changed(Unit unit) {
        return new UnitChanged(unit.id, unit.code, unit.name, unit.shortName, unit.kind, unit.parentId,
                unit.status.name(), List.copyOf(unit.aliases), unit.version, unit.regionCode);
    }

    static UnitGroupChanged groupChanged(UnitGroup group) {
        return new UnitGroupChanged(group.id, group.code, group.name, List.copyOf(group.aliases),
                List.copyOf(group.members), group.version, group.regionCode);
    }
}
