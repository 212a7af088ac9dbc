package org.supervision.notification.reminder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record ReminderView(UUID id, UUID assignmentId, ReminderKind kind, OffsetDateTime dueAt, LocalDate deadline,
                           Reminder.Status status, OffsetDateTime sentAt) {

    static ReminderView of(Reminder reminder) {
        return new ReminderView(reminder.id, reminder.assignment.assignmentId, reminder.kind, reminder.dueAt,
                reminder.deadline, reminder.status, reminder.sentAt);
    }
}
