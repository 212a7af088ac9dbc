package org.supervision.contracts.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE} on {@link org.supervision.contracts.Topics#TASK}, keyed by assignment id: the
 * warning sweep moved an assignment's level (GREEN, YELLOW, RED, NONE) or its missing-report flag, one event
 * per transition. The two flags are {@code Boolean} so that a consumer can tell an event without them (from
 * a producer before they existed) from one that says false; producers always send both.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WarningChanged(UUID assignmentId, String fromLevel, String toLevel, Boolean reportMissing,
                             Boolean previousReportMissing, String unitCode, UUID planId, UUID measureId,
                             String measureNumber, String measureTitle, LocalDate deadline, String state,
                             OffsetDateTime at) {

    public static final String TYPE = "supervision.assignment.warning-changed.v1";
}
