package org.supervision.notification.events;

import java.time.LocalDate;
import java.util.UUID;

/** What notification-service reads of supervision.assignment.issued.v1 (contract: docs/events/). */
public record AssignmentIssued(UUID assignmentId, UUID planId, String planTitle, UUID measureId, String measureNumber,
                               String measureTitle, UUID unitId, String unitCode, String unitName, String role,
                               LocalDate deadline) {

    public static final String TYPE = "supervision.assignment.issued.v1";
}
