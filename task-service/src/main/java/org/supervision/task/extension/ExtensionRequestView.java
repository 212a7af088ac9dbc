package org.supervision.task.extension;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record ExtensionRequestView(UUID id, UUID assignmentId, LocalDate requestedDeadline, String reason,
                                   ExtensionRequest.State state, String requestedBy, OffsetDateTime requestedAt,
                                   String decidedBy, OffsetDateTime decidedAt, String decisionNote) {

    public static ExtensionRequestView of(ExtensionRequest e) {
        return new ExtensionRequestView(e.id, e.assignmentId, e.requestedDeadline, e.reason, e.state, e.requestedBy,
                e.requestedAt, e.decidedBy, e.decidedAt, e.decisionNote);
    }
}
