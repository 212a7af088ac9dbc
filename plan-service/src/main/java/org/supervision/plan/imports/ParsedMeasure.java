package org.supervision.plan.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * One numbered measure (or a sub-item of one, in {@code children}). {@code text} is the
 * measure as written without its number and unit block; {@code title} its first sentence; {@code line}
 * the line of the text read where it starts (null when unknown), which the reader maps to a page, paragraph or row.
 */
public record ParsedMeasure(String number, List<String> path, String title, String text,
                            List<UnitMention> leadUnits, List<UnitMention> cooperatingUnits,
                            LocalDate deadline, String deadlineText, List<Target> targets,
                            List<ParsedMeasure> children, Integer line) {

    public ParsedMeasure {
        path = path == null ? List.of() : List.copyOf(path);
        leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
        cooperatingUnits = cooperatingUnits == null ? List.of() : List.copyOf(cooperatingUnits);
        targets = targets == null ? List.of() : List.copyOf(targets);
        children = children == null ? List.of() : List.copyOf(children);
    }

    public ParsedMeasure(String number, List<String> path, String title, String text, List<UnitMention> leadUnits,
                         List<UnitMention> cooperatingUnits, LocalDate deadline, String deadlineText, List<Target> targets,
                         List<ParsedMeasure> children) {
        this(number, path, title, text, leadUnits, cooperatingUnits, deadline, deadlineText, targets, children, null);
    }

    /** The same measure, read at {@code at} (a 1-based line of the text read). */
    public ParsedMeasure atLine(Integer at) {
        return new ParsedMeasure(number, path, title, text, leadUnits, cooperatingUnits, deadline, deadlineText, targets,
                children, at);
    }

    /** Whether this measure or any sub-item names a unit. */
    public boolean hasUnits() {
        return !leadUnits.isEmpty() || !cooperatingUnits.isEmpty()
                || children.stream().anyMatch(ParsedMeasure::hasUnits);
    }
}
