package org.supervision.plan.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A published measure or sub-item as the plan events carry it: its units resolved (a group mention
 * expanded to its members, each carrying the group's id), roles, effective deadline and targets.
 * {@code deadline} is the measure's own or the plan's default; {@code deadlineText} what the plan
 * wrote. {@code parentMeasureId} is set on sub-items (1)(2).
 */
public record MeasureData(UUID measureId, UUID parentMeasureId, String number, List<String> path, String title,
                          LocalDate deadline, String deadlineText, List<TargetData> targets, List<UnitData> units) {

    /** {@code groupId} is set when the unit is named through a group (各县区人民政府). */
    public record UnitData(UUID unitId, String unitCode, String unitName, String role, String mention, UUID groupId) {
    }

    public record TargetData(String text, String metric, String comparator, BigDecimal value, String unit) {
    }
}
