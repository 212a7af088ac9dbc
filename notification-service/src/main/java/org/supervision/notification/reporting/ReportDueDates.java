package org.supervision.notification.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.supervision.notification.calendar.WorkingDays;

/**
 * The due dates of a plan's reporting cycle, by the rule of the event contract
 * (supervision.plan.reporting-cycle.changed.v1): WEEKLY on a day of the week, MONTHLY on a day of the
 * month, QUARTERLY on a day of January, April, July and October; a due date on a day off moves to
 * the next working day. task-service computes them the same way for its missing-report flag
 * (supervision/DueDates), on purpose: reminders need due dates at any time and for any span, which task-service
 * does not send, and both services count with one calendar (task-service's years, received here as
 * supervision.calendar.year.v1 events). Both are tested against one table,
 * contracts/src/test/resources/cases/report-due-dates.csv (ReportDueDatesCasesTest), so they cannot drift.
 */
public final class ReportDueDates {

    private final String frequency;
    private final int dueDay;
    private final WorkingDays days;

    public ReportDueDates(String frequency, int dueDay, WorkingDays days) {
        if (!List.of("WEEKLY", "MONTHLY", "QUARTERLY").contains(frequency) || dueDay < 1
                || dueDay > ("WEEKLY".equals(frequency) ? 7 : 28)) {
            throw new IllegalArgumentException("no reporting cycle: " + frequency + " on day " + dueDay);
        }
        this.frequency = frequency;
        this.dueDay = dueDay;
        this.days = days;
    }

    /** The due dates from {@code from} to {@code to}, both included. */
    public List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> due = new ArrayList<>();
        // a nominal date a few days before {@code from} can move onto it or after it
        for (LocalDate nominal = nominalOnOrBefore(from.minusDays(14)); !effective(nominal).isAfter(to);
             nominal = next(nominal)) {
            LocalDate effective = effective(nominal);
            if (!effective.isBefore(from) && (due.isEmpty() || !due.get(due.size() - 1).equals(effective))) {
                due.add(effective);
            }
        }
        return due;
    }

    /** The latest due date strictly before {@code today}: the one a report is missing for, if any. */
    public LocalDate lastPassed(LocalDate today) {
        LocalDate nominal = nominalOnOrBefore(today);
        while (!effective(nominal).isBefore(today)) {
            nominal = previous(nominal);
        }
        return effective(nominal);
    }

    private LocalDate effective(LocalDate nominal) {
        return days.onOrAfter(nominal);
    }

    private LocalDate nominalOnOrBefore(LocalDate date) {
        return switch (frequency) {
            case "WEEKLY" -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dueDay)));
            case "MONTHLY" -> {
                LocalDate d = date.withDayOfMonth(dueDay);
                yield d.isAfter(date) ? d.minusMonths(1) : d;
            }
            default -> {
                LocalDate d = LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, dueDay);
                yield d.isAfter(date) ? d.minusMonths(3) : d;
            }
        };
    }

    private LocalDate previous(LocalDate nominal) {
        return switch (frequency) {
            case "WEEKLY" -> nominal.minusWeeks(1);
            case "MONTHLY" -> nominal.minusMonths(1);
            default -> nominal.minusMonths(3);
        };
    }

    private LocalDate next(LocalDate nominal) {
        return switch (frequency) {
            case "WEEKLY" -> nominal.plusWeeks(1);
            case "MONTHLY" -> nominal.plusMonths(1);
            default -> nominal.plusMonths(3);
        };
    }
}
