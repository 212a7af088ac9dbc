package org.supervision.task.bulletin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.task.api.ChinaTime;

/**
 * The stretch of time a bulletin or an assessment counts: a month ({@code 2024-06}) or a whole year
 * ({@code 2024}), in China's days. {@code first} and {@code last} are its days; {@code start} and {@code end}
 * the instants of its beginning and end (the start of the day after {@code last}).
 */
public record Period(String label, LocalDate first, LocalDate last) {

    public static Period parse(String text, String field) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.matches("\\d{4}")) {
                int year = Integer.parseInt(t);
                return new Period(t, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(t);
                return new Period(t, month.atDay(1), month.atEndOfMonth());
            }
        } catch (DateTimeParseException e) {
            // reported below as the same bad input
        }
        throw new ProblemException(Problem.badRequest("The period is a month (yyyy-MM) or a year (yyyy).",
                List.of(new Problem.Violation(field, "period", "a month like 2024-06 or a year like 2024, not '" + text + "'"))));
    }

    public OffsetDateTime start() {
        return first.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }

    public OffsetDateTime end() {
        return last.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }

    public boolean isMonth() {
        return label.length() == 7;
    }

    /** 2024年6月, or 2024年 for a year. */
    public String chinese() {
        return isMonth() ? first.getYear() + "年" + first.getMonthValue() + "月" : first.getYear() + "年";
    }
}
