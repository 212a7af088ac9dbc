package org.supervision.notification.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.supervision.notification.calendar.WorkingDays;

/**
 * The reminders an open assignment is owed from {@code today} on, by its deadline and its plan's
 * policy. Pure: the same inputs give the same schedule, which is what recomputation relies on.
 *
 * <p>Days that have passed are not reminded again, with two exceptions a late assignment must not
 * miss: if the deadline has passed, one overdue reminder right away; if the escalation day has
 * passed, the escalation right away.
 */
public final class ReminderSchedule {

    private ReminderSchedule() {
    }

    public static List<PlannedReminder> plan(LocalDate deadline, ReminderPolicy policy, WorkingDays days, LocalDate today) {
        List<PlannedReminder> planned = new ArrayList<>();
        for (int before : policy.beforeWorkingDays().stream().distinct().sorted((a, b) -> b - a).toList()) {
            LocalDate day = days.minus(deadline, before);
            if (!day.isBefore(today)) {
                planned.add(new PlannedReminder(ReminderKind.BEFORE_DEADLINE, day, false));
            }
        }
        if (policy.onTheDay() && !deadline.isBefore(today)) {
            planned.add(new PlannedReminder(ReminderKind.DUE_TODAY, deadline, false));
        }
        boolean late = deadline.isBefore(today);
        if (late) {
            planned.add(new PlannedReminder(ReminderKind.OVERDUE, today, true));
        }
        for (int n = 0; n < policy.overdueMaxReminders(); n++) {
            LocalDate day = days.plus(deadline, 1 + n * policy.overdueEveryWorkingDays());
            if (day.isAfter(today) || (!late && day.isEqual(today))) {
                planned.add(new PlannedReminder(ReminderKind.OVERDUE, day, false));
            }
        }
        LocalDate escalation = days.plus(deadline, policy.escalateAfterWorkingDays());
        planned.add(escalation.isBefore(today)
                ? new PlannedReminder(ReminderKind.ESCALATION, today, true)
                : new PlannedReminder(ReminderKind.ESCALATION, escalation, false));
        return planned;
    }
}
