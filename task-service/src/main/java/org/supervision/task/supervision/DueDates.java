package org.supervision.task.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.supervision.task.calendar.WorkingDayCalendar;

/**
 * The due dates of a reporting cycle. A nominal due date that falls on a weekend or holiday moves
 * to the next working day, as offices do (a report due on 10月5日 is due on the first day back).
 *
 * <p>notification-service computes the same dates (reporting/ReportDueDates) on purpose: it needs them for
 * reminders at any time, for cycles and dates task-service never sends, and both now count with one calendar
 * (task-service's years, which notification-service receives as supervision.calendar.year.v1). Making one the
 * source would mean publishing every due date of every plan ahead of time. Instead both are tested against one
 * table, contracts/src/test/resources/cases/report-due-dates.csv (DueDatesCasesTest), so they cannot drift.
 */
public final class DueDates {

    private final Frequency frequency;
    private final int dueDay;
    private final WorkingDayCalendar calendar;

    public DueDates(Frequency frequency, int dueDay, WorkingDayCalendar calendar) {
        this.frequency = frequency;
        this.dueDay = dueDay;
        this.calendar = calendar;
    }

    /** The latest due date strictly before {@code today}: the report for it is missing if not in by now. */
    public LocalDate lastPassed(LocalDate today) {
        LocalDate nominal = nominalOnOrBefore(today);
        while (!effective(nominal).isBefore(today)) {
            nominal = previousNominal(nominal);
        }
        return effective(nominal);
    }

    /** The due date before {@code due} (both effective dates). */
    public LocalDate previous(LocalDate due) {
        LocalDate nominal = nominalOnOrBefore(due);
        while (!effective(nominal).isBefore(due)) {
            nominal = previousNominal(nominal);
        }
        return effective(nominal);
    }

    /** The next due date on or after {@code today}. */
    public LocalDate next(LocalDate today) {
        LocalDate nominal = nominalOnOrBefore(today);
        while (effective(nominal).isBefore(today)) {
            nominal = nextNominal(nominal);
        }
        return effective(nominal);
    }

    private LocalDate effective(LocalDate nominal) {
        return calendar.isWorkingDay(nominal) ? nominal : calendar.nextWorkingDay(nominal);
    }

    private LocalDate nominalOnOrBefore(LocalDate date) {
        return switch (frequency) {
            case WEEKLY -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dueDay)));
            case MONTHLY -> {
                LocalDate d = date.withDayOfMonth(dueDay);
                yield d.isAfter(date) ? d.minusMonths(1) : d;
            }
            case QUARTERLY -> {
                LocalDate d = LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, dueDay);
                yield d.isAfter(date) ? d.minusMonths(3) : d;
            }
        };
    }

    private LocalDate previousNominal(LocalDate nominal) {
        return switch (frequency) {
            case WEEKLY -> nominal.minusWeeks(1);
            case MONTHLY -> nominal.minusMonths(1);
            case QUARTERLY -> nominal.minusMonths(3);
        };
    }

    private LocalDate nextNominal(LocalDate nominal) {
        return switch (frequency) {
            case WEEKLY -> nominal.plusWeeks(1);
            case MONTHLY -> nominal.plusMonths(1);
            case QUARTERLY -> nominal.plusMonths(3);
        };
    }
}
