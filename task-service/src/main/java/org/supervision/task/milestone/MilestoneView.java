package org.supervision.task.milestone;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A milestone as the API shows it; {@code version} is its ETag, for marking it done. {@code overdue}: open past its date. */
public record MilestoneView(UUID id, UUID assignmentId, String title, LocalDate dueDate, Milestone.State state,
                            boolean overdue, String createdBy, OffsetDateTime createdAt, String doneBy, OffsetDateTime doneAt,
                            String doneNote, long version) {

    static MilestoneView of(Milestone m, LocalDate today) {
        return new MilestoneView(m.id, m.assignmentId, m.title, m.dueDate, m.state,
                m.state == Milestone.State.OPEN && m.dueDate.isBefore(today), m.createdBy, m.createdAt, m.doneBy, m.doneAt,
                m.doneNote, m.version);
    }
}
