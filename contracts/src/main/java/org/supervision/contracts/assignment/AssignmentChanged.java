package org.supervision.contracts.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE} on {@link org.supervision.contracts.Topics#TASK}, keyed by assignment id: an
 * assignment moved (accepted, disputed, reported on, completed, returned, cancelled, reopened, its deadline
 * changed...) or followed a change of its measure. {@code action} says what happened (the schema lists the
 * values); {@code previousDeadline} is set when the deadline moved; {@code decision} is APPROVED or REFUSED
 * for DECIDE_EXTENSION, null otherwise. {@code reviewAt} is the date of the re-inspection (复核) the supervisor set when
 * completing the work subject to it, while that re-inspection is pending; null otherwise (and from producers before it).
 * for DECIDE_EXTENSION, null otherwise. {@code itemId} is set for the work of a supervision item (督办事项), whose
 * {@code planId} and {@code measureId} are the item's id (see {@link AssignmentIssued}); null for work of a plan.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssignmentChanged(UUID assignmentId, String action, String fromState, String toState, UUID planId,
                                UUID measureId, String measureNumber, String measureTitle, String unitCode,
                                String unitName, String role, LocalDate deadline, LocalDate previousDeadline,
                                String warningLevel, String actor, String reason, String decision,
                                OffsetDateTime at, LocalDate reviewAt, UUID itemId) {

    public static final String TYPE = "supervision.assignment.changed.v1";

    /** An event of a plan's work without a pending re-inspection (reviewAt and itemId null), as every event was before those fields existed. */
    public AssignmentChanged(UUID assignmentId, String action, String fromState, String toState, UUID planId,
                             UUID measureId, String measureNumber, String measureTitle, String unitCode,
                             String unitName, String role, LocalDate deadline, LocalDate previousDeadline,
                             String warningLevel, String actor, String reason, String decision, OffsetDateTime at) {
        this(assignmentId, action, fromState, toState, planId, measureId, measureNumber, measureTitle, unitCode, unitName,
                role, deadline, previousDeadline, warningLevel, actor, reason, decision, at, null, null);
    }
}
