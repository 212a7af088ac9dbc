package org.supervision.plan.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The text a reader makes of a file, line by line, each line with where it came from in the file
 * (page, paragraph, sheet and row), so a reviewer can check a measure against the original.
 */
final class SourceLines {

    private final List<String> lines = new ArrayList<>();
    private final List<String> locations = new ArrayList<>();

    /** Adds {@code text} (one line, or several when it holds line breaks) read at {@code location}. */
    void add(String text, String location) {
        for (String line : text.split("\r\n|\r|\n", -1)) {
            lines.add(line);
            locations.add(location);
        }
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    List<String> locations() {
        return List.copyOf(locations);
    }
}
