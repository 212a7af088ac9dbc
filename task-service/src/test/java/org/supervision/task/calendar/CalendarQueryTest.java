package org.supervision.task.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

/** The endpoint's parameters: a wrong one is a 400 problem naming it, never a 404 or a 500. */
class CalendarQueryTest {

    private static Problem.Violation violation(Runnable call) {
        ProblemException e = assertThrows(ProblemException.class, call::run);
        assertEquals(400, e.problem().status());
        assertEquals(1, e.problem().errors().size());
        return e.problem().errors().get(0);
    }

    @Test
    void datesAreIso() {
        assertEquals(LocalDate.of(2024, 9, 28), CalendarQuery.date("from", "2024-09-28"));
        assertEquals(new Problem.Violation("from", "date", "must be a real date yyyy-MM-dd, got '2024-02-30'"),
                violation(() -> CalendarQuery.date("from", "2024-02-30")));
        assertEquals("date", violation(() -> CalendarQuery.date("to", "28.09.2024")).rule());
        assertEquals("required", violation(() -> CalendarQuery.date("start", null)).rule());
        // ISO dates LocalDate holds, but whose day before or after it cannot count to
        assertEquals("date-range", violation(() -> CalendarQuery.date("from", "-999999999-01-01")).rule());
        assertEquals("date-range", violation(() -> CalendarQuery.date("to", "+999999999-12-31")).rule());
        assertEquals("date-range", violation(() -> CalendarQuery.date("start", "+10000-01-01")).rule());
        assertEquals(LocalDate.of(9999, 12, 31), CalendarQuery.date("start", "9999-12-31"));
    }

    @Test
    void countsAreBoundedWholeNumbers() {
        assertEquals(-3, CalendarQuery.count("workingDays", "-3", 10));
        assertEquals("integer", violation(() -> CalendarQuery.count("workingDays", "three", 10)).rule());
        assertEquals("range", violation(() -> CalendarQuery.count("workingDays", "11", 10)).rule());
        assertEquals("required", violation(() -> CalendarQuery.count("workingDays", "", 10)).rule());
    }

    @Test
    void spansAreOrderedAndBounded() {
        CalendarQuery.span(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 366);
        assertEquals("order", violation(() -> CalendarQuery.span(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), 366)).rule());
        assertEquals("range", violation(() -> CalendarQuery.span(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), 366)).rule());
    }
}
