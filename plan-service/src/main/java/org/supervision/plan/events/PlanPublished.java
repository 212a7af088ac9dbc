package org.supervision.plan.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of the {@value #TYPE} event: a published plan with every active measure and sub-item, its
 * units resolved (a group mention expanded to its members, each carrying the group's id), roles,
 * effective deadline and targets. Contract: docs/events/supervision.plan.published.v1.schema.json.
 */
public record PlanPublished(UUID planId, String title, String docNumber, String issuer, int year, int version,
                            LocalDate defaultDeadline, OffsetDateTime publishedAt, List<MeasureData> measures) {

    public static final String TYPE = "supervision.plan.published.v1";
    public static final String TOPIC = "supervision.plan.v1";

    /**
     * {@code deadline} is the measure's own or the plan's default; {@code deadlineText} what the
     * plan wrote. {@code parentMeasureId} is set on sub-items (1)(2).
     */
    public record MeasureData(UUID measureId, UUID parentMeasureId, String number, List<String> path, String title,
                              LocalDate deadline, String deadlineText, List<TargetData> targets, List<UnitData> units) {
    }

    /** {@code groupId} is set when the unit is named through a group (各县区人民政府). */
    public record UnitData(UUID unitId, String unitCode, String unitName, String role, String mention, UUID groupId) {
    }

    public record TargetData(String text, String metric, String comparator, java.math.BigDecimal value, String unit) {
    }
}
