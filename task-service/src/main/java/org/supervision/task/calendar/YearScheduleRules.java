package org.supervision.task.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

/**
 * What a year's schedule must be before it is stored: every mistake a clerk can make typing a notice is
 * refused at once as a 400 naming the field ({@code holidays[3].date}), all of them in one answer, since a
 * wrong day moves deadlines silently afterwards.
 */
final class YearScheduleRules {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2999;
    static final int MAX_NOTICE = 500;
    static final int MAX_NAME = 100;
    static final int MAX_DAYS = 366;
    static final String WORKED = "调休上班";

    private YearScheduleRules() {
    }

    /** The year of the path; 400 naming {@code year} when it is not one. */
    static int year(String text) {
        int year;
        try {
            year = Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw refused(List.of(new Problem.Violation("year", "integer", "must be a year such as 2027, got '" + text + "'")));
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw refused(List.of(new Problem.Violation("year", "range", "must be between " + MIN_YEAR + " and " + MAX_YEAR)));
        }
        return year;
    }

    /** The schedule checked, names stripped and days sorted; 400 with every violation otherwise. */
    static YearSchedule checked(int year, YearSchedule schedule) {
        if (schedule == null) {
            throw refused(List.of(new Problem.Violation("body", "required",
                    "send the year's notice, holidays and workingDays as JSON")));
        }
        List<Problem.Violation> violations = new ArrayList<>();
        String notice = schedule.notice() == null ? "" : schedule.notice().strip();
        if (notice.isEmpty()) {
            violations.add(new Problem.Violation("notice", "required",
                    "name the State Council notice (or local decision) the days come from"));
        } else if (notice.length() > MAX_NOTICE) {
            violations.add(new Problem.Violation("notice", "length", "at most " + MAX_NOTICE + " characters"));
        }
        Map<LocalDate, String> seen = new HashMap<>();
        List<YearSchedule.ListedDay> holidays = days(year, "holidays", schedule.holidays(), false, seen, violations);
        List<YearSchedule.ListedDay> working = days(year, "workingDays", schedule.workingDays(), true, seen, violations);
        if (!violations.isEmpty()) {
            throw refused(violations);
        }
        return new YearSchedule(notice, holidays, working);
    }

    private static List<YearSchedule.ListedDay> days(int year, String field, List<YearSchedule.ListedDay> days, boolean worked,
                                                     Map<LocalDate, String> seen, List<Problem.Violation> violations) {
        if (days == null) {
            violations.add(new Problem.Violation(field, "required", "a list, empty when there is none"));
            return List.of();
        }
        if (days.size() > MAX_DAYS) {
            violations.add(new Problem.Violation(field, "size", "at most " + MAX_DAYS + " days"));
            return List.of();
        }
        List<YearSchedule.ListedDay> checked = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            String at = field + "[" + i + "]";
            YearSchedule.ListedDay day = days.get(i);
            if (day == null || day.date() == null) {
                violations.add(new Problem.Violation(at + ".date", "required", "a date yyyy-MM-dd"));
                continue;
            }
            String name = day.name() == null ? "" : day.name().strip();
            if (name.isEmpty() && worked) {
                name = WORKED;
            }
            if (day.date().getYear() != year) {
                violations.add(new Problem.Violation(at + ".date", "in-year", day.date() + " is not in " + year));
            }
            if (worked && !isWeekend(day.date())) {
                violations.add(new Problem.Violation(at + ".date", "weekend", day.date() + " is a " + day.date().getDayOfWeek()
                        + ", a working day anyway; workingDays are the Saturdays and Sundays worked (调休上班)"));
            }
            String earlier = seen.putIfAbsent(day.date(), at);
            if (earlier != null) {
                violations.add(new Problem.Violation(at + ".date", earlier.startsWith(field) ? "unique" : "holiday-and-working-day",
                        day.date() + " is already listed as " + earlier));
            }
            if (name.isEmpty()) {
                violations.add(new Problem.Violation(at + ".name", "required", "the holiday's name, e.g. 春节"));
            } else if (name.length() > MAX_NAME) {
                violations.add(new Problem.Violation(at + ".name", "length", "at most " + MAX_NAME + " characters"));
            }
            checked.add(new YearSchedule.ListedDay(day.date(), name));
        }
        checked.sort(Comparator.comparing(YearSchedule.ListedDay::date));
        return List.copyOf(checked);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static ProblemException refused(List<Problem.Violation> violations) {
        return new ProblemException(Problem.badRequest("The calendar year is not valid: "
                + violations.get(0).field() + " " + violations.get(0).message() + ".", violations));
    }
}
