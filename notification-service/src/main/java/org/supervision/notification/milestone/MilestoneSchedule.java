package org.supervision.notification.milestone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.supervision.notification.calendar.WorkingDays;
import org.supervision.notification.reminder.PlannedReminder;
import org.supervision.notification.reminder.ReminderKind;
import org.supervision.notification.reminder.ReminderPolicy;

/**
 * The reminders an open milestone is owed from {@code today} on: the plan's "N working days before" days
 * (as for the assignment's deadline) and the day itself. Pure; days that have passed are not reminded, and a
 * milestone past its date gets nothing more (the assignment's own deadline schedule chases late work).
 */
public final class MilestoneSchedule {

    private MilestoneSchedule() {
    }

    public static List<PlannedReminder> plan(LocalDate dueDate, ReminderPolicy policy, WorkingDays days, LocalDate today) {
        List<PlannedReminder> planned = new ArrayList<>();
        for (int before : policy.beforeWorkingDays().stream().distinct().sorted((a, b) -> b - a).toList()) {
            LocalDate day = days.minus(dueDate, before);
            if (!day.isBefore(today) && day.isBefore(dueDate)) {
                planned.add(new PlannedReminder(ReminderKind.MILESTONE_DUE_SOON, day, false));
            }
        }
        if (!dueDate.isBefore(today)) {
            planned.add(new PlannedReminder(ReminderKind.MILESTONE_DUE_TODAY, dueDate, false));
        }
        return planned;
    }
}
