package org.supervision.task.bulletin;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One assignment as the history says it stood in a period: its state and deadline at the period's end (as
 * the audit trail had them then, not as they are now), and what happened to it within the period.
 */
public record AssignmentHistory(UUID assignmentId, UUID planId, String planTitle, String unitCode, String unitName,
                                String role, String measureNumber, String measureTitle, String stateAtEnd,
                                LocalDate deadlineAtEnd, long completedOnTime, long completedLate, long urges,
                                long returned, long extensions, long reportsMissing) {

    public boolean openAtEnd() {
        return !"COMPLETED".equals(stateAtEnd) && !"CANCELLED".equals(stateAtEnd);
    }

    /** Its deadline fell in the period and it was not cancelled by the end. */
    public boolean dueIn(Period period) {
        return deadlineAtEnd != null && !"CANCELLED".equals(stateAtEnd)
                && !deadlineAtEnd.isBefore(period.first()) && !deadlineAtEnd.isAfter(period.last());
    }

    /** Open at the end with its deadline passed by then: a red item. */
    public boolean overdueAt(LocalDate dayAfterEnd) {
        return openAtEnd() && deadlineAtEnd != null && deadlineAtEnd.isBefore(dayAfterEnd);
    }

    public AssignmentHistory withReportsMissing(long n) {
        return new AssignmentHistory(assignmentId, planId, planTitle, unitCode, unitName, role, measureNumber, measureTitle,
                stateAtEnd, deadlineAtEnd, completedOnTime, completedLate, urges, returned, extensions, n);
    }
}
