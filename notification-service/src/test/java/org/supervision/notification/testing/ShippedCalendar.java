package org.supervision.notification.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.supervision.contracts.calendar.CalendarYear;
import org.supervision.notification.calendar.CalendarYears;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * The calendar task-service sends at its first start (one supervision.calendar.year.v1 per year of its shipped
 * data), stored before any test runs, as if those events had been taken: the tests of reminders around
 * holidays (the National Day break of 2024) count as production does. The years are read from task-service's
 * data file, the one source of the days, into the contract's records; production reads no file.
 * {@code calendar/CalendarEventsTest} sends real events and checks the consumer itself.
 */
@ApplicationScoped
public class ShippedCalendar {

    public static final Path DATA = Path.of("..", "task-service", "src", "main", "resources", "calendar", "china-mainland.txt");
    private static final OffsetDateTime SEEDED = OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final CalendarYears years;

    public ShippedCalendar(CalendarYears years) {
        this.years = years;
    }

    void store(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> years().forEach(years::store));
        years.reload();
    }

    /** Each year of task-service's data file as task-service publishes it (version 0). */
    public static List<CalendarYear> years() {
        Map<Integer, List<CalendarYear.Day>> off = new TreeMap<>();
        Map<Integer, List<CalendarYear.Day>> worked = new TreeMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(DATA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("YEAR ")) {
                int year = Integer.parseInt(line.substring(5).strip());
                off.put(year, new ArrayList<>());
                worked.put(year, new ArrayList<>());
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                String[] fields = line.split("\\s+", 3);
                LocalDate date = LocalDate.parse(fields[0]);
                String name = fields.length > 2 ? fields[2] : "调休上班";
                if (fields[1].equals("OFF")) {
                    off.get(date.getYear()).add(new CalendarYear.Day(date, name));
                } else if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    worked.get(date.getYear()).add(new CalendarYear.Day(date, name));
                }
            }
        }
        return off.keySet().stream().map(year -> new CalendarYear(year, "随版本提供的数据 (shipped data): calendar/china-mainland.txt",
                sorted(off.get(year)), sorted(worked.get(year)), 0, "task-service", SEEDED)).toList();
    }

    private static List<CalendarYear.Day> sorted(List<CalendarYear.Day> days) {
        return days.stream().sorted(java.util.Comparator.comparing(CalendarYear.Day::date)).toList();
    }
}
