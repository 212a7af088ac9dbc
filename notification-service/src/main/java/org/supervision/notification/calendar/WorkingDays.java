package org.supervision.notification.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.supervision.contracts.calendar.CalendarYear;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The working-day calendar reminders and reporting due dates count in: task-service's, learnt from its
 * supervision.calendar.year.v1 events (local days included) and stored (table calendar_year), so both
 * services agree on which day is a working day. {@link CalendarYears} loads the stored years into it at
 * start, after each event and when another replica stored one.
 *
 * <p>A year without data (every year, before the first event arrives) is read as a plain Monday-to-Friday
 * week, and the health check and log say so: a reminder on a possibly wrong day is better than none
 * (task-service warns on deadlines in such years).
 */
@ApplicationScoped
public class WorkingDays {

    /** One year's listed days. */
    private record Year(Set<LocalDate> off, Set<LocalDate> worked, long version) {
    }

    private volatile Map<Integer, Year> years = Map.of();

    /** Without data: Monday to Friday until the stored years are loaded. */
    public WorkingDays() {
    }

    /** A calendar of exactly these years (tests, and {@link CalendarYears}' loading). */
    public static WorkingDays of(Collection<CalendarYear> years) {
        WorkingDays days = new WorkingDays();
        days.replace(years);
        return days;
    }

    /** Takes over these years, replacing everything known before; an answer under way finishes with the old data. */
    void replace(Collection<CalendarYear> known) {
        Map<Integer, Year> next = new HashMap<>();
        for (CalendarYear y : known) {
            next.put(y.year(), new Year(y.holidays().stream().map(CalendarYear.Day::date).collect(Collectors.toUnmodifiableSet()),
                    y.workingDays().stream().map(CalendarYear.Day::date).collect(Collectors.toUnmodifiableSet()), y.version()));
        }
        this.years = Map.copyOf(next);
    }

    /** The years with data; empty means every day is counted Monday to Friday. */
    public SortedSet<Integer> years() {
        return new TreeSet<>(years.keySet());
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        Year year = years.get(day.getYear());
        if (year != null && year.worked().contains(day)) {
            return true;
        }
        if (year != null && year.off().contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The working day {@code count} working days after {@code day} (negative: before); {@code day} itself is not counted. */
    public LocalDate plus(LocalDate day, int count) {
        int step = count >= 0 ? 1 : -1;
        LocalDate current = day;
        for (int left = Math.abs(count); left > 0; ) {
            current = current.plusDays(step);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    public LocalDate minus(LocalDate day, int count) {
        return plus(day, -count);
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** {@code day} if it is a working day, else the next one. */
    public LocalDate onOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : plus(day, 1);
    }
}
