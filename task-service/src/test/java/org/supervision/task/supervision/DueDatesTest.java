package org.supervision.task.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.supervision.task.calendar.WorkingDayCalendar;

class DueDatesTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();

    @Test
    void monthlyDueDatesPassAfterTheirDay() {
        DueDates monthly = new DueDates(Frequency.MONTHLY, 5, calendar);
        assertEquals(LocalDate.of(2024, 3, 5), monthly.lastPassed(LocalDate.of(2024, 3, 6)));
        assertEquals(LocalDate.of(2024, 2, 5), monthly.lastPassed(LocalDate.of(2024, 3, 5)));
        assertEquals(LocalDate.of(2024, 3, 5), monthly.next(LocalDate.of(2024, 3, 5)));
        assertEquals(LocalDate.of(2024, 2, 5), monthly.previous(LocalDate.of(2024, 3, 5)));
    }

    @Test
    void aDueDateOnAHolidayMovesToTheFirstDayBack() {
        DueDates monthly = new DueDates(Frequency.MONTHLY, 5, calendar);
        // 2024-10-05 is in the National Day holiday; offices are back on 10-08
        assertEquals(LocalDate.of(2024, 10, 8), monthly.next(LocalDate.of(2024, 10, 2)));
        assertEquals(LocalDate.of(2024, 9, 5), monthly.lastPassed(LocalDate.of(2024, 10, 8)));
        assertEquals(LocalDate.of(2024, 10, 8), monthly.lastPassed(LocalDate.of(2024, 10, 9)));
    }

    @Test
    void weeklyAndQuarterlyCycles() {
        DueDates weekly = new DueDates(Frequency.WEEKLY, 5, calendar); // Fridays
        assertEquals(LocalDate.of(2024, 11, 15), weekly.lastPassed(LocalDate.of(2024, 11, 18)));
        DueDates quarterly = new DueDates(Frequency.QUARTERLY, 10, calendar);
        assertEquals(LocalDate.of(2024, 7, 10), quarterly.lastPassed(LocalDate.of(2024, 9, 1)));
        assertEquals(LocalDate.of(2024, 4, 10), quarterly.previous(LocalDate.of(2024, 7, 10)));
    }
}
