package org.supervision.task.trend;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

/**
 * The months a trend covers, {@code from} to {@code to} inclusive, as months in China ({@code yyyy-MM}). Unset,
 * it is the {@link #DEFAULT_MONTHS} months ending with the current month; {@code from} alone runs to the current
 * month, {@code to} alone reaches back {@link #DEFAULT_MONTHS} months. At most {@link #MAX_MONTHS}, never a month
 * that has not begun: a trend counts what happened.
 */
public record MonthRange(YearMonth from, YearMonth to) {

    public static final int DEFAULT_MONTHS = 12;
    public static final int MAX_MONTHS = 36;

    public static MonthRange parse(String from, String to, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        YearMonth last = blank(to) ? current : month(to, "to");
        YearMonth first = blank(from) ? last.minusMonths(DEFAULT_MONTHS - 1L) : month(from, "from");
        if (last.isAfter(current)) {
            throw bad("A trend counts what happened: the month has not begun.",
                    "to", "not-future", "a month up to the current one (" + current + "), not '" + to + "'");
        }
        if (first.isAfter(last)) {
            throw bad("The range runs from an earlier month to a later one.", "from", "not-after-to",
                    "a month not after " + last + ", not '" + from + "'");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw bad("A trend covers at most " + MAX_MONTHS + " months.", "to", "at-most-" + MAX_MONTHS + "-months",
                    "at most " + MAX_MONTHS + " months from " + first + ", not " + last);
        }
        return new MonthRange(first, last);
    }

    /** The months in order, oldest first. */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    private static YearMonth month(String text, String field) {
        String t = text.strip();
        if (t.matches("\\d{4}-\\d{2}")) {
            try {
                return YearMonth.parse(t);
            } catch (DateTimeParseException e) {
                // reported below as the same bad input
            }
        }
        throw bad("A month is written yyyy-MM.", field, "month", "a month like 2026-03, not '" + text + "'");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static ProblemException bad(String detail, String field, String rule, String message) {
        return new ProblemException(Problem.badRequest(detail, List.of(new Problem.Violation(field, rule, message))));
    }
}
