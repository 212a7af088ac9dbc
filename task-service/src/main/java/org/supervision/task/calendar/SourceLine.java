package org.supervision.task.calendar;

/** Where a fact came from, so a wrong day can be traced to the file and line a clerk must fix. */
public record SourceLine(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
