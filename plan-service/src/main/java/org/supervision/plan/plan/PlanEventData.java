package org.supervision.plan.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.supervision.contracts.plan.MeasureData;
import org.supervision.contracts.plan.MeasurePublished;
import org.supervision.contracts.plan.PlanPublished;
import org.supervision.plan.unit.Unit;
import org.supervision.plan.unit.UnitGroup;
import org.supervision.plan.unit.UnitIndex;

/** Builds the data of plan events from a plan, with units and groups looked up in the directory. */
final class PlanEventData {

    private PlanEventData() {
    }

    static PlanPublished published(Plan plan, int measureCount) {
        return new PlanPublished(plan.id, plan.title, plan.docNumber, plan.issuer, plan.year, plan.publishedVersion,
                plan.effectiveDefaultDeadline(), plan.publishedAt, measureCount);
    }

    static MeasurePublished measurePublished(Plan plan, Measure m, UnitIndex units) {
        return new MeasurePublished(plan.id, plan.publishedVersion, measure(m, units));
    }

    static MeasureData measure(Measure m, UnitIndex units) {
        List<MeasureData.UnitData> data = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (ResponsibleUnit u : m.units) {
            if (u.unitId != null) {
                units.unit(u.unitId).filter(unit -> seen.add(unit.id))
                        .ifPresent(unit -> data.add(unit(unit, u, null)));
            } else if (u.groupId != null) {
                UnitGroup group = units.group(u.groupId).orElse(null);
                if (group != null) {
                    for (UUID member : group.members) {
                        units.unit(member).filter(unit -> seen.add(unit.id))
                                .ifPresent(unit -> data.add(unit(unit, u, group.id)));
                    }
                }
            }
        }
        return new MeasureData(m.id, m.parent == null ? null : m.parent.id, m.number, List.copyOf(m.path),
                m.title, m.deadline != null ? m.deadline : m.plan.effectiveDefaultDeadline(), m.deadlineText,
                m.targets.stream().map(t -> new MeasureData.TargetData(t.text(), t.metric(), t.comparator(), t.value(),
                        t.unit())).toList(),
                data);
    }

    private static MeasureData.UnitData unit(Unit unit, ResponsibleUnit named, UUID groupId) {
        return new MeasureData.UnitData(unit.id, unit.code, unit.name, named.role.name(), named.mention, groupId);
    }
}
