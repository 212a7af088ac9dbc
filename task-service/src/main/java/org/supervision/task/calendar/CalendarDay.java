package org.supervision.task.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One date as the calendar sees it. {@code name} is the holiday's name or, for an adjusted working day,
 * what it makes up for; empty otherwise. {@code covered} is false when the answer is the Monday-to-Friday
 * fallback of a year without data.
 */
public record CalendarDay(LocalDate date, DayType type, String name, boolean covered) {

    public boolean working() {
        return type.working();
    }

    public Optional<String> holidayName() {
        return type == DayType.HOLIDAY ? Optional.of(name) : Optional.empty();
    }
}
