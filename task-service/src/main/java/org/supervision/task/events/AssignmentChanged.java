package org.supervision.task.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.supervision.task.assignment.Assignment;

/**
 * Data of {@value #TYPE}: an assignment moved (accepted, disputed, reported on, completed, returned,
 * cancelled, reopened, its deadline changed...). {@code action} says what happened; reminders and
 * notices (notification-service) recompute from it. Keyed by assignment id, so one assignment's
 * events stay in order. {@code decision} says APPROVED or REFUSED for DECIDE_EXTENSION, so that a
 * consumer can tell the unit the outcome without reading it out of the reason's words.
 */
public record AssignmentChanged(UUID assignmentId, String action, String fromState, String toState, UUID planId,
                                UUID measureId, String measureNumber, String measureTitle, String unitCode,
                                String unitName, String role, LocalDate deadline, LocalDate previousDeadline,
                                String warningLevel,
                                String actor, String reason, String decision, OffsetDateTime at) {

    public static final String TYPE = "supervision.assignment.changed.v1";

    public static AssignmentChanged of(Assignment a, String action, String fromState, LocalDate previousDeadline,
                                       String actor, String reason, String decision) {
        return new AssignmentChanged(a.id, action, fromState, a.state.name(), a.planId, a.measureId, a.measureNumber,
                a.measureTitle, a.unitCode, a.unitName, a.role.name(), a.deadline, previousDeadline, a.warningLevel.name(),
                actor, reason, decision, a.updatedAt);
    }
}
