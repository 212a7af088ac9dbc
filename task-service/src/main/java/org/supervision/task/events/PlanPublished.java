package org.supervision.task.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What task-service reads of supervision.plan.published.v1 (contract:
 * docs/events/supervision.plan.published.v1.schema.json). Unknown fields are ignored, so the
 * producer may add fields without breaking this consumer.
 */
public record PlanPublished(UUID planId, String title, int year, List<MeasureData> measures) {

    public static final String TYPE = "supervision.plan.published.v1";

    public record MeasureData(UUID measureId, UUID parentMeasureId, String number, List<String> path, String title,
                              LocalDate deadline, String deadlineText, List<TargetData> targets, List<UnitData> units) {
    }

    public record UnitData(UUID unitId, String unitCode, String unitName, String role, UUID groupId) {
    }

    public record TargetData(String text, String metric, String comparator, BigDecimal value, String unit) {
    }
}
