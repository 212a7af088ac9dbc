package org.supervision.task.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A published measure as the plan events carry it (in measure.published, the measure.* changes, and
 * each element of a v1 plan.published's {@code measures}): its units with roles, its deadline and targets.
 */
public record MeasureData(UUID measureId, UUID parentMeasureId, String number, List<String> path, String title,
                          LocalDate deadline, String deadlineText, List<TargetData> targets, List<UnitData> units) {

    public record UnitData(UUID unitId, String unitCode, String unitName, String role, UUID groupId) {
    }

    public record TargetData(String text, String metric, String comparator, BigDecimal value, String unit) {
    }
}
