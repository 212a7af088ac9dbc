package org.supervision.notification.reminder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code deadline}: the deadline it was computed from, or the report's due date; {@code detail}: a reason told;
 * {@code failureReason} and {@code failedAt}: why and when the dispatcher last could not send it (status FAILED,
 * or kept after a resend), null if it never failed.
 */
public record ReminderView(UUID id, UUID assignmentId, UUID planId, String unitCode, ReminderKind kind, OffsetDateTime dueAt,
                           LocalDate deadline, String detail, Reminder.Status status, OffsetDateTime sentAt,
                           String failureReason, OffsetDateTime failedAt) {

    static ReminderView of(Reminder reminder) {
        return new ReminderView(reminder.id, reminder.assignment == null ? null : reminder.assignment.assignmentId,
                reminder.planIdOf(), reminder.unitCodeOf(), reminder.kind, reminder.dueAt, reminder.deadline,
                reminder.detail, reminder.status, reminder.sentAt, reminder.failureReason, reminder.failedAt);
    }
}
