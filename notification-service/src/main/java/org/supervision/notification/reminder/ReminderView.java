package org.supervision.notification.reminder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code deadline}: the deadline it was computed from, or the report's due date; {@code detail}: a reason told. */
public record ReminderView(UUID id, UUID assignmentId, UUID planId, String unitCode, ReminderKind kind, OffsetDateTime dueAt,
                           LocalDate deadline, String detail, Reminder.Status status, OffsetDateTime sentAt) {

    static ReminderView of(Reminder reminder) {
        return new ReminderView(reminder.id, reminder.assignment == null ? null : reminder.assignment.assignmentId,
                reminder.planIdOf(), reminder.unitCodeOf(), reminder.kind, reminder.dueAt, reminder.deadline,
                reminder.detail, reminder.status, reminder.sentAt);
    }
}
