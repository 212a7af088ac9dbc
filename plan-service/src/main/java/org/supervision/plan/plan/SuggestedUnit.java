package org.supervision.plan.plan;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit the import suggests as the lead of a measure that names none: advice for the reviewer,
 * never an assignment (it is not among the measure's units, and it is not stored with the draft).
 */
@Schema(description = "A suggested lead unit for a measure that names none; never an assignment")
public record SuggestedUnit(
        @Schema(description = "The directory's unit", example = "17bf253a-bc24-5d50-967a-2343ac3b9e98") UUID unitId,
        @Schema(description = "Its name in the directory", example = "市发展改革委") String name,
        @Schema(description = "0 to 1: how strongly past published measures alike this one (their leads) and the unit's duty "
                + "keywords and name speak for it; orders the suggestions of one measure, no probability", example = "0.412")
        double score,
        @Schema(description = "What carried it: past-measures, duties, or past-measures+duties", example = "past-measures+duties")
        String basis) {
}
