package org.supervision.task.events;

import java.time.LocalDate;
import java.util.UUID;

import org.supervision.task.assignment.Assignment;

/** Data of supervision.assignment.issued.v1: a unit has new work. Contract: docs/events/. */
public record AssignmentIssued(UUID assignmentId, UUID planId, String planTitle, UUID measureId, String measureNumber,
                               String measureTitle, UUID unitId, String unitCode, String unitName, String role,
                               LocalDate deadline) {

    public static final String TYPE = "supervision.assignment.issued.v1";
    public static final String TOPIC = "supervision.task.v1";

    public static AssignmentIssued of(Assignment a) {
        return new AssignmentIssued(a.id, a.planId, a.planTitle, a.measureId, a.measureNumber, a.measureTitle, a.unitId,
                a.unitCode, a.unitName, a.role.name(), a.deadline);
    }
}
