package org.supervision.plan.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.supervision.plan.plan.Measure;
import org.supervision.plan.plan.Plan;
import org.supervision.plan.unit.Unit;

/**
 * Data of the {@value #TYPE} event: a published plan with every measure and its resolved units.
 * Contract: docs/events/supervision.plan.published.v1.schema.json.
 */
public record PlanPublished(UUID planId, String title, String docNumber, int year, OffsetDateTime publishedAt,
                            List<MeasureData> measures) {

    public static final String TYPE = "supervision.plan.published.v1";
    public static final String TOPIC = "supervision.plan.v1";

    public record MeasureData(UUID measureId, String number, String title, LocalDate deadline, List<UnitData> units) {
    }

    public record UnitData(UUID unitId, String unitCode, String unitName, String role) {
    }

    public static PlanPublished of(Plan plan, Map<UUID, Unit> units) {
        return new PlanPublished(plan.id, plan.title, plan.docNumber, plan.year, plan.publishedAt,
                plan.measures.stream().map(m -> measure(m, units)).toList());
    }

    private static MeasureData measure(Measure measure, Map<UUID, Unit> units) {
        return new MeasureData(measure.id, measure.number, measure.title, measure.deadline,
                measure.units.stream().map(u -> {
                    Unit unit = units.get(u.unitId);
                    return new UnitData(u.unitId, unit.code, unit.name, u.role.name());
                }).toList());
    }
}
