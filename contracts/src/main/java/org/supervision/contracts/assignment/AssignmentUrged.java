package org.supervision.contracts.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE} on {@link org.supervision.contracts.Topics#TASK}, keyed by assignment id: the
 * supervision office chased the unit by hand (催办) about open work. {@code urgeCount} is how many times the
 * assignment has been urged by hand, this one included; {@code message} is the supervisor's words to the unit,
 * if any; {@code state} and {@code warningLevel} are the assignment's at the time of the urge.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssignmentUrged(UUID urgeId, UUID assignmentId, UUID planId, String planTitle, UUID measureId,
                              String measureNumber, String measureTitle, String unitCode, String unitName, String role,
                              String state, LocalDate deadline, String warningLevel, long urgeCount, String message,
                              String actor, OffsetDateTime at) {

    public static final String TYPE = "supervision.assignment.urged.v1";
}
