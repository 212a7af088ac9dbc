package org.supervision.task.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped data against the State Council notices for 2023 to 2026. */
class ChinaMainlandCalendarTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.chinaMainland();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void coversTheFourYearsOfTheShippedNotices() {
        assertEquals(List.of(2023, 2024, 2025, 2026), List.copyOf(CALENDAR.coveredYears()));
        assertTrue(CALENDAR.covers(2024));
        assertFalse(CALENDAR.covers(2022));
        assertFalse(CALENDAR.covers(2027));
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            // 2023: 春节 1-21..27, worked 1-28 (Sat) and 1-29 (Sun); 劳动节 4-29..5-3, worked 4-23 and 5-6
            "2023-01-02, false", "2023-01-27, false", "2023-01-28, true", "2023-01-29, true",
            "2023-04-23, true", "2023-05-03, false", "2023-05-06, true", "2023-06-25, true",
            "2023-09-29, false", "2023-10-06, false", "2023-10-07, true", "2023-10-08, true",
            // 2024: working Sundays 2-4 and 2-18 around 春节; 除夕 2-9 is only "encouraged" off
            "2024-02-04, true", "2024-02-09, true", "2024-02-12, false", "2024-02-18, true",
            "2024-04-07, true", "2024-04-28, true", "2024-05-11, true", "2024-06-10, false",
            "2024-09-14, true", "2024-09-16, false", "2024-09-29, true", "2024-10-07, false", "2024-10-12, true",
            // 2025: 春节 gained 除夕 (1-28), 劳动节 gained 5-2; worked 1-26, 2-8, 4-27, 9-28, 10-11
            "2025-01-01, false", "2025-01-26, true", "2025-01-27, true", "2025-01-28, false", "2025-02-04, false",
            "2025-02-05, true", "2025-02-08, true", "2025-04-04, false", "2025-04-27, true", "2025-05-05, false",
            "2025-06-02, false", "2025-09-28, true", "2025-10-08, false", "2025-10-11, true",
            // 2026 (from memory, see the data file): 元旦 1-1..3 with 1-4 worked; 春节 2-15..23 with 2-14, 2-28 worked
            "2026-01-02, false", "2026-01-04, true", "2026-02-14, true", "2026-02-16, false", "2026-02-23, false",
            "2026-02-24, true", "2026-02-28, true", "2026-04-06, false", "2026-06-19, false", "2026-09-25, false",
            "2026-10-07, false", "2026-10-08, true",
            // ordinary days stay ordinary
            "2024-03-13, true", "2024-03-16, false", "2024-03-17, false"})
    void knownDays(LocalDate date, boolean working) {
        assertEquals(working, CALENDAR.isWorkingDay(date));
    }

    @Test
    void nationalDay2024IsSevenDaysOffWithTheWorkingSundayBefore() {
        for (LocalDate day = d("2024-10-01"); !day.isAfter(d("2024-10-07")); day = day.plusDays(1)) {
            assertFalse(CALENDAR.isWorkingDay(day), day.toString());
            assertEquals(Optional.of("国庆节"), CALENDAR.holidayName(day), day.toString());
        }
        assertEquals(DayType.ADJUSTED_WORKDAY, CALENDAR.day(d("2024-09-29")).type());
        assertEquals("国庆节调休上班", CALENDAR.day(d("2024-09-29")).name());
    }

    @Test
    void labourDay2025IsFiveDaysOffAndTheSundayBeforeIsWorked() {
        for (LocalDate day = d("2025-05-01"); !day.isAfter(d("2025-05-05")); day = day.plusDays(1)) {
            assertTrue(CALENDAR.isHoliday(day), day.toString());
        }
        assertTrue(CALENDAR.isWorkingDay(d("2025-04-27")));
        assertFalse(CALENDAR.isHoliday(d("2025-04-27")));
    }

    @Test
    void aHolidayOnAWeekendIsAHolidayAndAPlainWeekendIsNot() {
        assertEquals(DayType.HOLIDAY, CALENDAR.day(d("2024-02-10")).type()); // Saturday, 春节
        assertEquals(Optional.of("春节"), CALENDAR.holidayName(d("2024-02-10")));
        assertEquals(DayType.WEEKEND, CALENDAR.day(d("2024-03-16")).type());
        assertFalse(CALENDAR.isHoliday(d("2024-03-16")));
        assertEquals(DayType.WORKDAY, CALENDAR.day(d("2024-03-15")).type());
    }

    /**
     * Each year's total is 5 working days a week minus the statutory holidays (each falling on, or moved
     * to, a weekday; adjusted days off are paid back by adjusted working days):
     * 2023: 260 weekdays − 11 = 249. 2024 (leap year starting Monday): 262 − 11 = 251, the figure quoted
     * for 2024. 2025: 261 − 13 = 248, not 250: the revised rules of November 2024 added 除夕 and 5月2日.
     * 2026: 261 − 13 = 248.
     */
    @ParameterizedTest(name = "{0} has {1} working days")
    @CsvSource({"2023, 249", "2024, 251", "2025, 248", "2026, 248"})
    void workingDaysPerYear(int year, long expected) {
        assertEquals(expected, CALENDAR.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)));
    }

    @Test
    void addingWorkingDaysSkipsSpringFestivalAndCountsTheWorkingSundays() {
        // Fri 2024-02-02 + 1 is Sunday 2-4 (worked); + 5 is Thu 2-8, + 6 is Fri 2-9; + 7 jumps the break to Sun 2-18
        assertEquals(d("2024-02-04"), CALENDAR.addWorkingDays(d("2024-02-02"), 1));
        assertEquals(d("2024-02-09"), CALENDAR.addWorkingDays(d("2024-02-02"), 6));
        assertEquals(d("2024-02-18"), CALENDAR.addWorkingDays(d("2024-02-02"), 7));
        assertEquals(d("2024-02-19"), CALENDAR.addWorkingDays(d("2024-02-02"), 8));
        // 2025: Fri 1-24 + 1 is Sun 1-26, + 2 Mon 1-27, + 3 after the break Wed 2-5
        assertEquals(d("2025-01-26"), CALENDAR.addWorkingDays(d("2025-01-24"), 1));
        assertEquals(d("2025-02-05"), CALENDAR.addWorkingDays(d("2025-01-24"), 3));
    }

    @Test
    void addingWorkingDaysAcrossNationalDay() {
        // Fri 2024-09-27 + 1 is Sun 9-29 (worked), + 2 Mon 9-30, + 3 Tue 10-8 after the break
        assertEquals(d("2024-09-29"), CALENDAR.addWorkingDays(d("2024-09-27"), 1));
        assertEquals(d("2024-09-30"), CALENDAR.addWorkingDays(d("2024-09-27"), 2));
        assertEquals(d("2024-10-08"), CALENDAR.addWorkingDays(d("2024-09-27"), 3));
        // a start inside the break counts from the break
        assertEquals(d("2024-10-08"), CALENDAR.addWorkingDays(d("2024-10-03"), 1));
        assertEquals(d("2024-10-12"), CALENDAR.addWorkingDays(d("2024-10-03"), 5)); // Saturday 10-12 is worked
    }

    @Test
    void zeroIsTheStartIfWorkingElseTheNextWorkingDay() {
        assertEquals(d("2024-09-30"), CALENDAR.addWorkingDays(d("2024-09-30"), 0));
        assertEquals(d("2024-10-08"), CALENDAR.addWorkingDays(d("2024-10-01"), 0));
        assertEquals(d("2024-09-29"), CALENDAR.addWorkingDays(d("2024-09-28"), 0)); // Sat → worked Sunday
    }

    @Test
    void negativeCountsGoBack() {
        assertEquals(d("2024-09-30"), CALENDAR.addWorkingDays(d("2024-10-08"), -1));
        assertEquals(d("2024-09-29"), CALENDAR.addWorkingDays(d("2024-10-08"), -2));
        assertEquals(d("2024-09-27"), CALENDAR.addWorkingDays(d("2024-10-08"), -3));
        assertEquals(d("2024-09-30"), CALENDAR.previousWorkingDay(d("2024-10-05")));
        assertEquals(d("2024-10-08"), CALENDAR.nextWorkingDay(d("2024-09-30")));
        assertEquals(d("2023-12-29"), CALENDAR.previousWorkingDay(d("2024-01-02"))); // across the year and 元旦
    }

    @Test
    void workingDaysBetweenIsExclusiveInclusiveAndAntisymmetric() {
        assertEquals(3, CALENDAR.workingDaysBetween(d("2024-09-27"), d("2024-10-08")));
        assertEquals(-3, CALENDAR.workingDaysBetween(d("2024-10-08"), d("2024-09-27")));
        assertEquals(0, CALENDAR.workingDaysBetween(d("2024-10-01"), d("2024-10-07")));
        assertEquals(0, CALENDAR.workingDaysBetween(d("2024-10-08"), d("2024-10-08")));
        assertEquals(1, CALENDAR.workingDaysBetween(d("2024-10-07"), d("2024-10-08")));
        assertEquals(249 + 251 + 248 + 248, CALENDAR.workingDaysBetween(d("2022-12-31"), d("2026-12-31")));
    }
}
