package org.supervision.task.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The fast counting (ranks, bisection) against counting day by day, and the fallback outside covered years. */
class WorkingDayCalendarCountingTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.chinaMainland();
    private static final LocalDate FIRST = LocalDate.of(2021, 6, 1);
    private static final LocalDate LAST = LocalDate.of(2028, 6, 1);

    private static long countDayByDay(LocalDate fromExclusive, LocalDate toInclusive) {
        long sign = toInclusive.isBefore(fromExclusive) ? -1 : 1;
        LocalDate low = sign > 0 ? fromExclusive : toInclusive;
        LocalDate high = sign > 0 ? toInclusive : fromExclusive;
        long count = 0;
        for (LocalDate day = low.plusDays(1); !day.isAfter(high); day = day.plusDays(1)) {
            count += CALENDAR.isWorkingDay(day) ? 1 : 0;
        }
        return sign * count;
    }

    private static LocalDate addDayByDay(LocalDate start, int n) {
        if (n == 0) {
            LocalDate day = start;
            while (!CALENDAR.isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int step = n > 0 ? 1 : -1;
        LocalDate day = start;
        for (int left = Math.abs(n); left > 0; ) {
            day = day.plusDays(step);
            if (CALENDAR.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    @Test
    void agreesWithCountingDayByDayAcrossCoveredAndUncoveredYears() {
        Random random = new Random(20240929);
        int span = (int) (LAST.toEpochDay() - FIRST.toEpochDay());
        for (int i = 0; i < 3000; i++) {
            LocalDate a = FIRST.plusDays(random.nextInt(span));
            LocalDate b = a.plusDays(random.nextInt(800) - 400);
            assertEquals(countDayByDay(a, b), CALENDAR.workingDaysBetween(a, b), a + " → " + b);
            int n = random.nextInt(121) - 60;
            LocalDate added = CALENDAR.addWorkingDays(a, n);
            assertEquals(addDayByDay(a, n), added, a + " + " + n);
            if (n > 0) {
                assertEquals(n, CALENDAR.workingDaysBetween(a, added));
            }
        }
    }

    @Test
    void outsideCoveredYearsMondayToFridayAndSaysSo() {
        WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
        assertFalse(calendar.covers(2030));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2030, 10, 1))); // a Tuesday: no data, no holiday
        assertFalse(calendar.isHoliday(LocalDate.of(2030, 10, 1)));
        assertFalse(calendar.day(LocalDate.of(2030, 10, 1)).covered());
        assertFalse(calendar.isWorkingDay(LocalDate.of(2030, 10, 5))); // Saturday
        assertEquals(261, calendar.workingDaysBetween(LocalDate.of(2029, 12, 31), LocalDate.of(2030, 12, 31)));
        assertEquals(LocalDate.of(2031, 1, 6), calendar.addWorkingDays(LocalDate.of(2031, 1, 3), 1)); // Fri → Mon
        assertTrue(calendar.day(LocalDate.of(2024, 10, 1)).covered());
        // 2029 appeared only as the exclusive bound: none of its days was counted, so nothing was guessed for it
        assertEquals(Set.of(2030, 2031), calendar.uncoveredYearsAsked());
    }

    @Test
    void countsBridgeCoveredAndUncoveredYears() {
        // 2022-12-30 (Fri) to 2023-01-03 (Tue): 12-31, 1-1, 1-2 are not worked, so 1 working day
        assertEquals(1, CALENDAR.workingDaysBetween(LocalDate.of(2022, 12, 30), LocalDate.of(2023, 1, 3)));
        assertEquals(LocalDate.of(2023, 1, 3), CALENDAR.addWorkingDays(LocalDate.of(2022, 12, 30), 1));
        // without 2027 data, New Year's Day is a Friday like any other: why each year's notice must be entered
        assertEquals(LocalDate.of(2027, 1, 1), CALENDAR.addWorkingDays(LocalDate.of(2026, 12, 31), 1));
    }

    /** 100,000 assignments, each a deadline and an overdue count, must be evaluated in well under 2 s. */
    @Test
    void oneHundredThousandAssignmentsAreFast() {
        Random random = new Random(7);
        LocalDate first = LocalDate.of(2023, 1, 1);
        long checksum = 0;
        long started = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            LocalDate issued = first.plusDays(random.nextInt(4 * 365));
            LocalDate deadline = CALENDAR.addWorkingDays(issued, 1 + random.nextInt(30));
            checksum += CALENDAR.workingDaysBetween(issued, LocalDate.of(2026, 12, 31));
            checksum += deadline.getDayOfMonth();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(checksum > 0);
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "took " + took);
    }
}
