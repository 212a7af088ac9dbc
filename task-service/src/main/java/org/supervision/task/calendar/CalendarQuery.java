package org.supervision.task.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

/**
 * Reads the calendar endpoint's query parameters. They arrive as text because JAX-RS answers an
 * unconvertible query parameter with 404; a wrong date deserves a 400 that names the parameter.
 */
final class CalendarQuery {

    private CalendarQuery() {
    }

    static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(parameter, "required", "is required, e.g. 2024-09-28");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(parameter, "date", "must be a real date yyyy-MM-dd, got '" + value + "'");
        }
        // ISO takes +999999999-12-31; a day before or after the ends of LocalDate's range cannot be counted to
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw invalid(parameter, "date-range", "must be a date of the years 0001 to 9999");
        }
        return date;
    }

    static int count(String parameter, String value, int limit) {
        if (value == null || value.isBlank()) {
            throw invalid(parameter, "required", "is required, e.g. 3");
        }
        int count;
        try {
            count = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(parameter, "integer", "must be a whole number, got '" + value + "'");
        }
        if (Math.abs((long) count) > limit) {
            throw invalid(parameter, "range", "must be between -" + limit + " and " + limit);
        }
        return count;
    }

    /** At most {@code maxDays} dates, from first to last inclusive. */
    static void span(LocalDate from, LocalDate to, int maxDays) {
        if (to.isBefore(from)) {
            throw invalid("to", "order", "must not be before 'from'");
        }
        if (to.toEpochDay() - from.toEpochDay() + 1 > maxDays) {
            throw invalid("to", "range", "at most " + maxDays + " days may be listed at once");
        }
    }

    private static ProblemException invalid(String parameter, String rule, String message) {
        return new ProblemException(Problem.badRequest("'" + parameter + "' " + message + ".",
                List.of(new Problem.Violation(parameter, rule, message))));
    }
}
