package org.supervision.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.supervision.notification.calendar.WorkingDays;
import org.supervision.notification.reminder.ReminderSettings;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * When e-mail and webhooks may go out: on working days outside quiet hours (Asia/Shanghai). The
 * inbox is not bound by it: an officer who opens the app at night should see what is due.
 */
@ApplicationScoped
public class OutboundWindow {

    private final WorkingDays workingDays;
    private final ReminderSettings settings;

    public OutboundWindow(WorkingDays workingDays, ReminderSettings settings) {
        this.workingDays = workingDays;
        this.settings = settings;
    }

    /** {@code at} itself if it is inside the window, else the window's next opening. */
    public Instant nextOpen(Instant at) {
        ZonedDateTime local = at.atZone(settings.zone());
        LocalTime opens = settings.delivery().quietEnd();
        LocalTime closes = settings.delivery().quietStart();
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (workingDays.isWorkingDay(day) && !time.isBefore(opens) && time.isBefore(closes)) {
            return at;
        }
        LocalDate opening = workingDays.isWorkingDay(day) && time.isBefore(opens) ? day : workingDays.plus(day, 1);
        return opening.atTime(opens).atZone(settings.zone()).toInstant();
    }
}
