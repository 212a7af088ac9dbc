package org.supervision.task.calendar;

import java.time.LocalDate;
import java.util.List;

/** A listed span of days and how many of them are worked; {@code warnings} names the years without data. */
public record CalendarSpanView(LocalDate from, LocalDate to, long workingDays, List<Day> days,
                               List<CalendarWarning> warnings) {

    /** {@code type} is WORKDAY, WEEKEND, HOLIDAY or ADJUSTED_WORKDAY; {@code name} the holiday's, if any. */
    public record Day(LocalDate date, boolean working, DayType type, String name, boolean covered) {

        static Day of(CalendarDay day) {
            return new Day(day.date(), day.working(), day.type(), day.name().isEmpty() ? null : day.name(), day.covered());
        }
    }

    static CalendarSpanView of(LocalDate from, LocalDate to, long workingDays, List<CalendarDay> days,
                               List<CalendarWarning> warnings) {
        return new CalendarSpanView(from, to, workingDays, days.stream().map(Day::of).toList(), warnings);
    }
}
