package org.supervision.notification.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.supervision.notification.testing.ShippedCalendar;

/** task-service's calendar years are read as task-service reads them: holidays off, 调休 weekends worked. */
class WorkingDaysTest {

    private final WorkingDays days = WorkingDays.of(ShippedCalendar.years());

    @Test
    void withoutAnyYearItCountsMondayToFriday() {
        WorkingDays none = new WorkingDays();
        assertTrue(none.years().isEmpty());
        assertTrue(none.isWorkingDay(LocalDate.of(2024, 10, 1)));
        assertFalse(none.isWorkingDay(LocalDate.of(2024, 9, 29)));
        assertEquals(LocalDate.of(2024, 10, 7), none.plus(LocalDate.of(2024, 10, 4), 1));
    }

    @Test
    void nationalDayIsOffAndItsMakeUpSundayIsWorked() {
        assertFalse(days.isWorkingDay(LocalDate.of(2024, 10, 1)));
        assertFalse(days.isWorkingDay(LocalDate.of(2024, 10, 7))); // a Monday of the break
        assertTrue(days.isWorkingDay(LocalDate.of(2024, 9, 29))); // Sunday, 调休上班
        assertFalse(days.isWorkingDay(LocalDate.of(2024, 9, 28))); // plain Saturday
        assertTrue(days.isWorkingDay(LocalDate.of(2024, 10, 12))); // Saturday, 调休上班
    }

    @Test
    void countsAcrossTheHoliday() {
        LocalDate deadline = LocalDate.of(2024, 10, 8);
        assertEquals(LocalDate.of(2024, 9, 30), days.minus(deadline, 1));
        assertEquals(LocalDate.of(2024, 9, 27), days.minus(deadline, 3)); // 9-30, 9-29 (worked Sunday), 9-27
        assertEquals(LocalDate.of(2024, 9, 23), days.minus(deadline, 7));
        assertEquals(LocalDate.of(2024, 10, 14), days.plus(deadline, 5)); // 9, 10, 11, 12 (worked Saturday), 14
        assertEquals(1, days.between(LocalDate.of(2024, 9, 30), deadline));
        assertEquals(-1, days.between(deadline, LocalDate.of(2024, 9, 30)));
    }
}
