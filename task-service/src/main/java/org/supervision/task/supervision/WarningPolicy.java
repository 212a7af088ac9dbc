package org.supervision.task.supervision;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.supervision.task.assignment.Assignment;
import org.supervision.task.calendar.WorkingDayCalendar;

/**
 * The rule for warning levels, in one place: the set-based sweep and the single-assignment update
 * after a lifecycle action both follow it. The yellow window counts working days on the calendar of
 * mainland China, so a deadline after a holiday is not flagged days early.
 */
@ApplicationScoped
public class WarningPolicy {

    private final WorkingDayCalendar calendar;
    private final int yellowWorkingDays;

    public WarningPolicy(WorkingDayCalendar calendar,
                         @ConfigProperty(name = "supervision.warning.yellow-working-days", defaultValue = "5") int yellowWorkingDays) {
        this.calendar = calendar;
        this.yellowWorkingDays = yellowWorkingDays;
    }

    /** The last deadline that is yellow today: N working days from today. */
    public LocalDate yellowUntil(LocalDate today) {
        return calendar.addWorkingDays(today, yellowWorkingDays);
    }

    public int yellowWorkingDays() {
        return yellowWorkingDays;
    }

    public WarningLevel levelOf(Assignment a, LocalDate today) {
        if (!a.isOpen()) {
            return WarningLevel.NONE;
        }
        if (a.deadline != null && a.deadline.isBefore(today)) {
            return WarningLevel.RED;
        }
        if (a.deadline != null && !a.deadline.isAfter(yellowUntil(today)) || a.reportMissing) {
            return WarningLevel.YELLOW;
        }
        return WarningLevel.GREEN;
    }
}
