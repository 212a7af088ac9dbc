package org.supervision.notification.events;

import java.time.LocalDate;
import java.util.UUID;

/** data of supervision.assignment.changed.v1 (contract: docs/events/); only what reminders need. */
public record AssignmentChanged(UUID assignmentId, String action, String fromState, String toState, UUID planId,
                                UUID measureId, String measureNumber, String measureTitle, String unitCode,
                                String unitName, String role, LocalDate deadline, LocalDate previousDeadline,
                                String reason, String decision) {

    public static final String TYPE = "supervision.assignment.changed.v1";

    /** DECIDE_EXTENSION: the extension was approved (decision APPROVED, or, from a producer without it, a moved deadline). */
    public boolean extensionApproved() {
        return decision != null ? "APPROVED".equals(decision) : previousDeadline != null;
    }

    /** The assignment will not be worked on any more by this unit: its pending reminders are void. */
    public boolean ends() {
        return "COMPLETED".equals(toState) || "CANCELLED".equals(toState) || "REASSIGN".equals(action);
    }
}
