package org.supervision.contracts.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A published measure or sub-item as every plan event carries it: its units resolved (a group mention
 * expanded to its members, each carrying the group's id), roles, effective deadline and targets.
 * {@code deadline} is the measure's own or the plan's default (a day in Asia/Shanghai); {@code deadlineText}
 * what the plan wrote (2024年12月底前, 持续推进), or null. {@code parentMeasureId} is set on sub-items (1)(2).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeasureData(UUID measureId, UUID parentMeasureId, String number, List<String> path, String title,
                          LocalDate deadline, String deadlineText, List<TargetData> targets, List<UnitData> units) {

    /**
     * A unit responsible for the measure. {@code role} is LEAD or COOPERATING; {@code mention} is how the plan
     * named it; {@code groupId} is set when the unit is named through a group (各县区人民政府).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitData(UUID unitId, String unitCode, String unitName, String role, String mention, UUID groupId) {
    }

    /** A measurable target of the measure; {@code comparator} is one of >=, <=, =, ~ or null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TargetData(String text, String metric, String comparator, BigDecimal value, String unit) {
    }
}
