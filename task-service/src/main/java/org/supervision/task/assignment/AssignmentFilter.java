package org.supervision.task.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.supervision.task.supervision.WarningLevel;

/**
 * What a list of assignments may be narrowed to; null means any. {@code unitCode} is forced to the
 * caller's own unit for a unit officer, whatever the query asked.
 */
public record AssignmentFilter(UUID planId, String section, UUID measureId, String unitCode, Role role,
                               List<AssignmentState> states, List<WarningLevel> warningLevels, LocalDate dueBefore, LocalDate dueAfter, Boolean overdue,
                               OffsetDateTime updatedSince, LocalDate today) {

    public AssignmentFilter confinedTo(String unit) {
        return new AssignmentFilter(planId, section, measureId, unit, role, states, warningLevels, dueBefore, dueAfter, overdue,
                updatedSince, today);
    }
}
