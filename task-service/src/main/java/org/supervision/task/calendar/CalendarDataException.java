package org.supervision.task.calendar;

/**
 * Calendar data that cannot be trusted. Thrown while the calendar is built, which is at startup, so a
 * typo in a data file stops the service instead of silently moving deadlines.
 */
public class CalendarDataException extends RuntimeException {

    private final String file;
    private final int line;

    /** {@code line} 0 means the file as a whole (missing, unreadable). */
    public CalendarDataException(String file, int line, String reason) {
        super("calendar data " + file + (line > 0 ? " line " + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public CalendarDataException(SourceLine at, String reason) {
        this(at.file(), at.line(), reason);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
