package org.supervision.task.extension;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.supervision.task.calendar.CalendarWarning;
import org.supervision.task.calendar.WorkingDayCalendar;

public record ExtensionRequestView(UUID id, UUID assignmentId, LocalDate requestedDeadline, String reason,
                                   ExtensionRequest.State state, String requestedBy, OffsetDateTime requestedAt,
                                   String decidedBy, OffsetDateTime decidedAt, String decisionNote,
                                   List<CalendarWarning> calendarWarnings) {

    /** {@code calendarWarnings}: the requested deadline falls in a year the calendar has no data for. */
    public static ExtensionRequestView of(ExtensionRequest e, WorkingDayCalendar calendar) {
        return new ExtensionRequestView(e.id, e.assignmentId, e.requestedDeadline, e.reason, e.state, e.requestedBy,
                e.requestedAt, e.decidedBy, e.decidedAt, e.decisionNote,
                calendar.warnings(e.requestedDeadline));
    }
}
