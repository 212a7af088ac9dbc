package org.supervision.plan.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * One numbered measure (or a sub-item of one, in {@code children}). {@code text} is the
 * measure as written without its number and unit block; {@code title} its first sentence.
 */
public record ParsedMeasure(String number, List<String> path, String title, String text,
                            List<UnitMention> leadUnits, List<UnitMention> cooperatingUnits,
                            LocalDate deadline, String deadlineText, List<Target> targets,
                            List<ParsedMeasure> children) {

    public ParsedMeasure {
        path = path == null ? List.of() : List.copyOf(path);
        leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
        cooperatingUnits = cooperatingUnits == null ? List.of() : List.copyOf(cooperatingUnits);
        targets = targets == null ? List.of() : List.copyOf(targets);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** Whether this measure or any sub-item names a unit. */
    public boolean hasUnits() {
        return !leadUnits.isEmpty() || !cooperatingUnits.isEmpty()
                || children.stream().anyMatch(ParsedMeasure::hasUnits);
    }
}
