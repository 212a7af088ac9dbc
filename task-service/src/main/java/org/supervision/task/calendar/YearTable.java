package org.supervision.task.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.BitSet;
import java.util.Map;

/**
 * The working days of one covered year, precomputed so that any count inside it is two array reads:
 * {@code workingThrough[d]} is the number of working days from 1 January through day-of-year {@code d}.
 */
final class YearTable {

    private final int year;
    private final BitSet working;
    private final int[] workingThrough;

    YearTable(int year, Map<LocalDate, CalendarEntry> entries) {
        this.year = year;
        int length = Year.of(year).length();
        this.working = new BitSet(length);
        this.workingThrough = new int[length + 1];
        LocalDate day = LocalDate.of(year, 1, 1);
        for (int dayOfYear = 1; dayOfYear <= length; dayOfYear++, day = day.plusDays(1)) {
            CalendarEntry entry = entries.get(day);
            boolean works = entry == null ? isMondayToFriday(day) : entry.kind() == EntryKind.WORK;
            working.set(dayOfYear - 1, works);
            workingThrough[dayOfYear] = workingThrough[dayOfYear - 1] + (works ? 1 : 0);
        }
    }

    int year() {
        return year;
    }

    boolean isWorking(int dayOfYear) {
        return working.get(dayOfYear - 1);
    }

    int workingThrough(int dayOfYear) {
        return workingThrough[dayOfYear];
    }

    int workingDays() {
        return workingThrough[workingThrough.length - 1];
    }

    static boolean isMondayToFriday(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }
}
