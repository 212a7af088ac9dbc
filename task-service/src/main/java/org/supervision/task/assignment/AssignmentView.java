package org.supervision.task.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An assignment as the API shows it. */
public record AssignmentView(UUID id, UUID planId, String planTitle, UUID measureId, String measureNumber,
                             String measureTitle, UUID unitId, String unitCode, String unitName, Role role,
                             LocalDate deadline, AssignmentState state, long version, OffsetDateTime createdAt,
                             OffsetDateTime updatedAt) {

    static AssignmentView of(Assignment a) {
        return new AssignmentView(a.id, a.planId, a.planTitle, a.measureId, a.measureNumber, a.measureTitle, a.unitId,
                a.unitCode, a.unitName, a.role, a.deadline, a.state, a.version, a.createdAt, a.updatedAt);
    }
}
