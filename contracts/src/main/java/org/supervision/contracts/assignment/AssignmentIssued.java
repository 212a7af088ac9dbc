package org.supervision.contracts.assignment;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE} on {@link org.supervision.contracts.Topics#TASK}, keyed by assignment id: a unit has
 * been given work on a measure. {@code role} is LEAD or COOPERATING; {@code deadline} may be null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssignmentIssued(UUID assignmentId, UUID planId, String planTitle, UUID measureId, String measureNumber,
                               String measureTitle, UUID unitId, String unitCode, String unitName, String role,
                               LocalDate deadline) {

    public static final String TYPE = "supervision.assignment.issued.v1";
}
