package org.supervision.task.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of supervision.assignment.warning-changed.v1: the warning sweep moved an assignment's level or
 * its missing-report flag (one event per transition). Contract: docs/events/.
 */
public record WarningChanged(UUID assignmentId, String fromLevel, String toLevel, boolean reportMissing,
                             boolean previousReportMissing, String unitCode, UUID planId, UUID measureId,
                             String measureNumber, String measureTitle, LocalDate deadline, String state,
                             OffsetDateTime at) {

    public static final String TYPE = "supervision.assignment.warning-changed.v1";
}
