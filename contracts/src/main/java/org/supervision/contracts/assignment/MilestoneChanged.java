package org.supervision.contracts.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE} on {@link org.supervision.contracts.Topics#TASK}, keyed by the assignment's id (so that
 * a milestone's events stay in order with its assignment's): the lead unit split its work into a milestone
 * (阶段性目标) with its own date ({@code action} SET), or marked it done (DONE). {@code state} is OPEN or DONE;
 * {@code version} grows with every change of the milestone, so a consumer can tell the newer of two.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MilestoneChanged(UUID milestoneId, UUID assignmentId, String action, String state, String title,
                               LocalDate dueDate, UUID planId, UUID measureId, String measureNumber, String measureTitle,
                               String unitCode, String unitName, String actor, String note, Long version,
                               OffsetDateTime at) {

    public static final String TYPE = "supervision.assignment.milestone-changed.v1";
}
