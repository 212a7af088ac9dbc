package org.supervision.contracts.assignment;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE} on {@link org.supervision.contracts.Topics#TASK}, keyed by assignment id: a unit has
 * been given work on a measure. {@code role} is LEAD or COOPERATING; {@code deadline} may be null.
 * <p>
 * Work from no plan (a supervision item, 督办事项: a leader's instruction, a 12345 hotline complaint, an
 * inspection or audit finding) has {@code itemId} and {@code itemSource} set; such an item is its own plan of
 * one measure, so {@code planId} and {@code measureId} are the item's id, {@code planTitle} and
 * {@code measureTitle} its title and {@code measureNumber} its number. Both are null for work of a plan, and
 * on events sent before items existed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssignmentIssued(UUID assignmentId, UUID planId, String planTitle, UUID measureId, String measureNumber,
                               String measureTitle, UUID unitId, String unitCode, String unitName, String role,
                               LocalDate deadline, UUID itemId, String itemSource) {

    /** Work of a plan: no item. */
    public AssignmentIssued(UUID assignmentId, UUID planId, String planTitle, UUID measureId, String measureNumber,
                            String measureTitle, UUID unitId, String unitCode, String unitName, String role,
                            LocalDate deadline) {
        this(assignmentId, planId, planTitle, measureId, measureNumber, measureTitle, unitId, unitCode, unitName, role,
                deadline, null, null);
    }

    public static final String TYPE = "supervision.assignment.issued.v1";
}
