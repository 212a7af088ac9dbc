package org.supervision.notification.reminder;

import java.time.LocalDate;

/** One reminder of a schedule: its kind and day; {@code immediate} when its day has passed but it is still owed. */
public record PlannedReminder(ReminderKind kind, LocalDate day, boolean immediate) {
}
