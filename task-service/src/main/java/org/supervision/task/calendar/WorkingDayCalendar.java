package org.supervision.task.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days are worked in mainland China (or wherever the data says), and counting in working days
 * ("N个工作日"). Safe to share between threads: its data is one immutable state that the stored years
 * replace whole when the office changes a year ({@link CalendarRefresh}), so each answer counts with one
 * version of the data.
 *
 * <p>Inside a covered year the answers come from the data. Outside, the calendar falls back to Monday
 * to Friday, says so through {@link #covers(int)}, {@link CalendarDay#covered()} and {@link #warnings},
 * which the API shows next to every deadline in such a year, and logs a warning once per uncovered year.
 *
 * <p>Counting rests on one function, {@code rank(d)}: the number of working days from a fixed origin
 * through {@code d}. Outside covered years it is a closed formula over weeks; inside, a precomputed
 * running count per year. So {@link #workingDaysBetween} is two ranks (O(log covered years)) and
 * {@link #addWorkingDays} a binary search over ranks, whatever the distance.
 */
public final class WorkingDayCalendar {

    /** 1970-01-05, a Monday: the origin of the weekly formula; any Monday would do, only differences matter. */
    private static final long MONDAY = 4;

    /** The data of one moment; a change of the stored years replaces it whole, so no answer mixes two. */
    private static final class State {
        private final Map<LocalDate, CalendarEntry> entries;
        private final int[] years;
        private final YearTable[] tables;
        /** {@code correctionThrough[i]}: working days minus Monday-to-Friday days, summed over covered years 0..i. */
        private final long[] correctionThrough;

        private State(Map<LocalDate, CalendarEntry> entries, SortedSet<Integer> coveredYears) {
            this.entries = Map.copyOf(entries);
            this.years = coveredYears.stream().mapToInt(Integer::intValue).toArray();
            this.tables = new YearTable[years.length];
            this.correctionThrough = new long[years.length];
            long correction = 0;
            for (int i = 0; i < years.length; i++) {
                tables[i] = new YearTable(years[i], this.entries);
                LocalDate first = LocalDate.of(years[i], 1, 1);
                long mondayToFriday = weekdaysThrough(first.plusYears(1).toEpochDay() - 1) - weekdaysThrough(first.toEpochDay() - 1);
                correction += tables[i].workingDays() - mondayToFriday;
                correctionThrough[i] = correction;
            }
        }

        private boolean covers(int year) {
            return Arrays.binarySearch(years, year) >= 0;
        }
    }

    private volatile State state;
    private final UncoveredYearWarnings uncovered = new UncoveredYearWarnings();

    private WorkingDayCalendar(Map<LocalDate, CalendarEntry> entries, SortedSet<Integer> coveredYears) {
        this.state = new State(entries, coveredYears);
    }

    /**
     * Takes over {@code newer}'s data (the office changed a year): every answer from now on counts with it,
     * every answer under way finishes with the data it began with. Warnings already given stay given.
     */
    void replaceWith(WorkingDayCalendar newer) {
        this.state = newer.state;
    }

    /** The shipped mainland China calendar alone. */
    public static WorkingDayCalendar chinaMainland() {
        return of(List.of(CalendarSources.builtIn()));
    }

    /**
     * Merges sources in order: an entry of a later source replaces the entry of an earlier one for the
     * same date, and the covered years are those any source declares.
     *
     * @throws CalendarDataException naming file and line of an entry in no declared year, or of a WORK
     *         entry on a weekday that corrects nothing (almost always a wrong date)
     */
    public static WorkingDayCalendar of(List<CalendarSource> sources) {
        SortedSet<Integer> covered = new TreeSet<>();
        sources.forEach(source -> covered.addAll(source.years()));
        Map<LocalDate, CalendarEntry> merged = new HashMap<>();
        for (CalendarSource source : sources) {
            for (CalendarEntry entry : source.entries()) {
                if (!covered.contains(entry.date().getYear())) {
                    throw new CalendarDataException(entry.origin(), entry.date() + " lies in " + entry.date().getYear()
                            + ", which no 'YEAR " + entry.date().getYear() + "' line declares");
                }
                CalendarEntry earlier = merged.put(entry.date(), entry);
                if (entry.kind() == EntryKind.WORK && YearTable.isMondayToFriday(entry.date()) && earlier == null) {
                    throw new CalendarDataException(entry.origin(), entry.date() + " is a " + entry.date().getDayOfWeek()
                            + ", a working day anyway; WORK is for weekend days worked (调休上班). Wrong date?");
                }
            }
        }
        return new WorkingDayCalendar(merged, covered);
    }

    // --- Coverage ------------------------------------------------------------------------------

    public boolean covers(int year) {
        return state.covers(year);
    }

    /** Whether every year from {@code a}'s to {@code b}'s (either order) has data. */
    public boolean covers(LocalDate a, LocalDate b) {
        int last = Math.max(a.getYear(), b.getYear());
        for (int year = Math.min(a.getYear(), b.getYear()); year <= last; year++) {
            if (!covers(year)) {
                return false;
            }
        }
        return true;
    }

    public SortedSet<Integer> coveredYears() {
        SortedSet<Integer> covered = new TreeSet<>();
        Arrays.stream(state.years).forEach(covered::add);
        return Collections.unmodifiableSortedSet(covered);
    }

    /** The entries of a covered year, by date: the days that differ from a plain Monday-to-Friday week. */
    public List<CalendarEntry> entriesOf(int year) {
        return state.entries.values().stream().filter(e -> e.date().getYear() == year)
                .sorted(java.util.Comparator.comparing(CalendarEntry::date)).toList();
    }

    /**
     * What an answer counted from {@code a} to {@code b} (either order, both included) must say beside it: one
     * warning per year between them without data, empty when every year has data.
     */
    public List<CalendarWarning> warnings(LocalDate a, LocalDate b) {
        State s = state;
        List<CalendarWarning> warnings = new ArrayList<>();
        int last = Math.max(a.getYear(), b.getYear());
        for (int year = Math.min(a.getYear(), b.getYear()); year <= last; year++) {
            if (!s.covers(year)) {
                warnings.add(CalendarWarning.noData(year));
            }
        }
        return List.copyOf(warnings);
    }

    /** The warnings of a single day, e.g. a deadline; empty for no day. */
    public List<CalendarWarning> warnings(LocalDate day) {
        return day == null ? List.of() : warnings(day, day);
    }

    /** Uncovered years someone asked about since startup: the years a clerk should enter next. */
    public SortedSet<Integer> uncoveredYearsAsked() {
        return uncovered.years();
    }

    // --- Single days ---------------------------------------------------------------------------

    public boolean isWorkingDay(LocalDate date) {
        State s = state;
        int i = Arrays.binarySearch(s.years, date.getYear());
        if (i < 0) {
            uncovered.asked(date.getYear());
            return YearTable.isMondayToFriday(date);
        }
        return s.tables[i].isWorking(date.getDayOfYear());
    }

    /** A statutory holiday or adjusted day off, including those on a weekend; never a plain weekend. */
    public boolean isHoliday(LocalDate date) {
        return holidayName(date).isPresent();
    }

    public Optional<String> holidayName(LocalDate date) {
        return day(date).holidayName();
    }

    public CalendarDay day(LocalDate date) {
        State s = state;
        boolean covered = s.covers(date.getYear());
        if (!covered) {
            uncovered.asked(date.getYear());
        }
        CalendarEntry entry = covered ? s.entries.get(date) : null;
        if (entry == null) {
            return new CalendarDay(date, YearTable.isMondayToFriday(date) ? DayType.WORKDAY : DayType.WEEKEND, "", covered);
        }
        if (entry.kind() == EntryKind.OFF) {
            return new CalendarDay(date, DayType.HOLIDAY, entry.name(), true);
        }
        // a WORK entry on a weekday only undoes an earlier OFF: it is an ordinary working day again
        DayType type = YearTable.isMondayToFriday(date) ? DayType.WORKDAY : DayType.ADJUSTED_WORKDAY;
        return new CalendarDay(date, type, entry.name(), true);
    }

    // --- Counting ------------------------------------------------------------------------------

    /**
     * Working days in (fromExclusive, toInclusive]: from Friday to the next Monday is 1. Negative when
     * {@code toInclusive} is before {@code fromExclusive}, so that {@code between(a, b) == -between(b, a)}.
     */
    public long workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        warnForDaysBetween(fromExclusive, toInclusive);
        State s = state;
        return rankOfEpochDay(s, toInclusive.toEpochDay()) - rankOfEpochDay(s, fromExclusive.toEpochDay());
    }

    /**
     * "N个工作日" after {@code start}: the Nth working day after it, not counting {@code start} itself.
     * {@code n == 0} is {@code start} if it is a working day, else the next working day; a negative
     * {@code n} counts back, {@code -1} being the last working day before {@code start}. For n > 0,
     * {@code workingDaysBetween(start, addWorkingDays(start, n)) == n}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        State s = state;
        long before = start.toEpochDay() - 1;
        long target = n > 0 ? rankOfEpochDay(s, start.toEpochDay()) + n : rankOfEpochDay(s, before) + n + 1;
        long estimate = start.toEpochDay() + (long) n * 7 / 5; // five working days a week, near enough to gallop from
        LocalDate result = LocalDate.ofEpochDay(firstDayOfRank(s, target, estimate));
        warnForDaysBetween(start, result);
        return result;
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /** The last working day before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        return addWorkingDays(date, -1);
    }

    // --- The rank function -----------------------------------------------------------------------

    /** Working days from the origin through {@code epochDay}; differences of ranks are counts. Never logs. */
    private static long rankOfEpochDay(State s, long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int i = Arrays.binarySearch(s.years, date.getYear());
        if (i >= 0) {
            long beforeYear = weekdaysThrough(epochDay - date.getDayOfYear()) + (i == 0 ? 0 : s.correctionThrough[i - 1]);
            return beforeYear + s.tables[i].workingThrough(date.getDayOfYear());
        }
        int coveredBefore = -i - 1;
        return weekdaysThrough(epochDay) + (coveredBefore == 0 ? 0 : s.correctionThrough[coveredBefore - 1]);
    }

    /**
     * The first day whose rank reaches {@code target}: that day is a working day, the {@code target}-th.
     * Gallops from {@code near} to bracket it, then bisects: O(log distance) rank evaluations.
     */
    private static long firstDayOfRank(State s, long target, long near) {
        long low;
        long high;
        if (rankOfEpochDay(s, near) >= target) {
            high = near;
            long step = 1;
            while (rankOfEpochDay(s, near - step) >= target) {
                step *= 2;
            }
            low = near - step;
        } else {
            low = near;
            long step = 1;
            while (rankOfEpochDay(s, near + step) < target) {
                step *= 2;
            }
            high = near + step;
        }
        // rank(low) < target <= rank(high)
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (rankOfEpochDay(s, middle) >= target) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    /** Monday-to-Friday days from the origin Monday through {@code epochDay} (negative before it). */
    private static long weekdaysThrough(long epochDay) {
        long days = epochDay - MONDAY;
        return Math.floorDiv(days, 7) * 5 + Math.min(Math.floorMod(days, 7) + 1, 5);
    }

    /** The days in (a, b] or (b, a] were counted: warn for each of their years without data. */
    private void warnForDaysBetween(LocalDate a, LocalDate b) {
        LocalDate last = a.isBefore(b) ? b : a;
        LocalDate first = a.equals(b) ? a : (a.isBefore(b) ? a : b).plusDays(1);
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            if (!covers(year)) {
                uncovered.asked(year);
            }
        }
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar" + coveredYears();
    }
}
