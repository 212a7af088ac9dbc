package org.supervision.notification.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The working-day calendar reminders count in. It exists because services share no Java module:
 * the data is task-service's file, copied into our classes at build time (see pom.xml), so both
 * services agree on which day is a working day; this is only the small reader of that file.
 *
 * <p>Format: {@code YEAR 2024}, {@code 2024-10-01 OFF 国庆节}, {@code 2024-09-29 WORK 调休}, {@code #}
 * comments. Weekends are off unless listed WORK. A year the file does not cover is read as a plain
 * Monday-to-Friday week: a reminder on a possibly wrong day is better than none (task-service is
 * the one that refuses deadlines in uncovered years).
 */
@ApplicationScoped
public class WorkingDays {

    static final String RESOURCE = "calendar/china-mainland.txt";

    private final Set<LocalDate> off = new HashSet<>();
    private final Set<LocalDate> worked = new HashSet<>();

    public WorkingDays() {
        try (InputStream in = WorkingDays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classes; the build copies it from task-service");
            }
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private void read(BufferedReader lines) throws IOException {
        int number = 0;
        for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
            number++;
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).replace('\u3000', ' ').replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("YEAR")) {
                continue;
            }
            String[] fields = line.split("\\s+", 3);
            if (fields.length < 2) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected 'yyyy-MM-dd OFF|WORK name'");
            }
            LocalDate date = LocalDate.parse(fields[0]);
            switch (fields[1]) {
                case "OFF" -> off.add(date);
                case "WORK" -> worked.add(date);
                default -> throw new IllegalStateException(RESOURCE + " line " + number + ": kind must be OFF or WORK");
            }
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        if (worked.contains(day)) {
            return true;
        }
        if (off.contains(day)) {
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
