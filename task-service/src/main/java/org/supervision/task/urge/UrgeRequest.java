package org.supervision.task.urge;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of an urge: what the supervisor tells the unit, if anything (the unit's channels carry it). */
public record UrgeRequest(
        @Schema(description = "the supervisor's words to the unit; optional", examples = "该项任务已逾期，请于本周五前报送整改进展。")
        @Size(max = 2000) String message) {
}
