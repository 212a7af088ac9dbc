package org.supervision.task.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where calendar data comes from: the file shipped in the jar, and optionally one on disk. */
public final class CalendarSources {

    public static final String BUILT_IN = "calendar/china-mainland.txt";

    private CalendarSources() {
    }

    /** The shipped mainland China calendar; its absence is a broken build, not a configuration choice. */
    public static CalendarSource builtIn() {
        return resource(BUILT_IN);
    }

    public static CalendarSource resource(String path) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(path);
        if (in == null) {
            in = CalendarSources.class.getClassLoader().getResourceAsStream(path);
        }
        if (in == null) {
            throw new CalendarDataException(path, 0, "no such resource on the classpath");
        }
        try (Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CalendarFileParser.parse(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException("reading calendar data " + path, e);
        }
    }

    /** A file a city keeps beside the service; configured but missing is an error, never "no local days". */
    public static CalendarSource file(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new CalendarDataException(path.toString(), 0, "no such file (configured by supervision.calendar.extra-file)");
        }
        try (Reader text = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return CalendarFileParser.parse(path.toString(), text);
        } catch (IOException e) {
            throw new CalendarDataException(path.toString(), 0, "cannot be read as UTF-8: " + e.getMessage());
        }
    }
}
