package org.supervision.plan.imports;

import java.util.List;

/** What the parser made of one document: never null parts, so callers need no guards. */
public record ParsedPlan(PlanHeader header, List<ParsedMeasure> measures, List<ImportWarning> warnings) {

    public ParsedPlan {
        header = header == null ? PlanHeader.EMPTY : header;
        measures = measures == null ? List.of() : List.copyOf(measures);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
