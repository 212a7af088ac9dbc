package org.supervision.task.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One line of calendar data: a date that is not an ordinary Monday-to-Friday day. {@code name} may be empty for WORK. */
public record CalendarEntry(LocalDate date, EntryKind kind, String name, SourceLine origin) {

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        name = name == null ? "" : name;
    }
}
