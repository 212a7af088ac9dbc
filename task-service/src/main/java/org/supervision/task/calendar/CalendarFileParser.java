package org.supervision.task.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the line format of {@code calendar/china-mainland.txt}:
 * <pre>
 * # comment (also after an entry)
 * YEAR 2024
 * 2024-10-01 OFF 国庆节
 * 2024-09-29 WORK 国庆节调休上班
 * </pre>
 * Every malformed line is an error naming file and line: a clerk's typo must never be skipped,
 * because a skipped holiday silently shortens every deadline that spans it.
 */
public final class CalendarFileParser {

    /** Clerks type on Chinese keyboards: the ideographic space separates as well as a plain one. */
    private static final Pattern FIELDS = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int FIRST_YEAR = 1949;
    private static final int LAST_YEAR = 2999;

    private CalendarFileParser() {
    }

    public static CalendarSource parse(String name, Reader text) {
        Set<Integer> years = new LinkedHashSet<>();
        Map<Integer, Integer> yearLines = new HashMap<>();
        Map<LocalDate, Integer> dateLines = new HashMap<>();
        List<CalendarEntry> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(text);
        int number = 0;
        try {
            for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
                number++;
                String line = withoutComment(number == 1 ? withoutByteOrderMark(raw) : raw);
                if (line.isEmpty()) {
                    continue;
                }
                SourceLine at = new SourceLine(name, number);
                String[] fields = FIELDS.split(line, 3);
                if (fields[0].equals("YEAR")) {
                    int year = year(fields, at);
                    Integer earlier = yearLines.putIfAbsent(year, number);
                    if (earlier != null) {
                        throw new CalendarDataException(at, "YEAR " + year + " is already declared on line " + earlier);
                    }
                    years.add(year);
                } else {
                    CalendarEntry entry = entry(fields, at);
                    Integer earlier = dateLines.putIfAbsent(entry.date(), number);
                    if (earlier != null) {
                        throw new CalendarDataException(at, entry.date() + " is already listed on line " + earlier
                                + "; a date may appear once per file");
                    }
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new CalendarDataException(name, number + 1, "cannot be read as UTF-8 text (" + e + ")");
        }
        return new CalendarSource(name, years, entries);
    }

    private static int year(String[] fields, SourceLine at) {
        if (fields.length != 2 || !YEAR.matcher(fields[1]).matches()) {
            throw new CalendarDataException(at, "expected 'YEAR yyyy', e.g. 'YEAR 2024'");
        }
        int year = Integer.parseInt(fields[1]);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new CalendarDataException(at, "year " + year + " is not plausible");
        }
        return year;
    }

    private static CalendarEntry entry(String[] fields, SourceLine at) {
        if (fields.length < 2) {
            throw new CalendarDataException(at, "expected 'yyyy-MM-dd OFF name' or 'yyyy-MM-dd WORK [name]', got '"
                    + String.join(" ", fields) + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[0], DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new CalendarDataException(at, "'" + fields[0] + "' is not a date yyyy-MM-dd (or not a real day)");
        }
        EntryKind kind;
        try {
            kind = EntryKind.valueOf(fields[1]);
        } catch (IllegalArgumentException e) {
            throw new CalendarDataException(at, "'" + fields[1] + "' is neither OFF nor WORK");
        }
        String holiday = fields.length == 3 ? fields[2].strip() : "";
        if (kind == EntryKind.OFF && holiday.isEmpty()) {
            throw new CalendarDataException(at, "a day off needs the holiday's name, e.g. '" + date + " OFF 国庆节'");
        }
        return new CalendarEntry(date, kind, holiday, at);
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).strip(); // strip() also removes the ideographic space
    }

    private static String withoutByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
