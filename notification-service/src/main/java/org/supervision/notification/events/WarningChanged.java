package org.supervision.notification.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * data of supervision.assignment.warning-changed.v1 (contract: docs/events/): task-service's sweep
 * moved an assignment's warning level or its missing-report flag.
 */
public record WarningChanged(UUID assignmentId, String fromLevel, String toLevel, Boolean reportMissing,
                             Boolean previousReportMissing, String unitCode, UUID planId, UUID measureId,
                             String measureNumber, String measureTitle, LocalDate deadline, String state) {

    public static final String TYPE = "supervision.assignment.warning-changed.v1";

    /** The report went missing with this sweep (an event without the previous flag: when it says missing). */
    public boolean reportWentMissing() {
        return Boolean.TRUE.equals(reportMissing) && !Boolean.TRUE.equals(previousReportMissing);
    }

    public boolean turnedRed() {
        return "RED".equals(toLevel) && !"RED".equals(fromLevel);
    }
}
