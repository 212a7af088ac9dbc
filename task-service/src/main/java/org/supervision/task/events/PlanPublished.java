package org.supervision.task.events;

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

    public record MeasureData(UUID measureId, String number, String title, LocalDate deadline, List<UnitData> units) {
    }

    public record UnitData(UUID unitId, String unitCode, String unitName, String role) {
    }
}
