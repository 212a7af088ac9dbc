package org.supervision.notification.events;

import java.time.LocalDate;
import java.util.UUID;

/** data of supervision.assignment.changed.v1 (contract: docs/events/); only what reminders need. */
public record AssignmentChanged(UUID assignmentId, String action, String fromState, String toState, UUID planId,
                                UUID measureId, String measureNumber, String measureTitle, String unitCode,
                                String unitName, String role, LocalDate deadline, LocalDate previousDeadline,
                                String reason) {

    public static final String TYPE = "supervision.assignment.changed.v1";

    /** The assignment will not be worked on any more by this unit: its pending reminders are void. */
    public boolean ends() {
        return "COMPLETED".equals(toState) || "CANCELLED".equals(toState) || "REASSIGN".equals(action);
    }
}
