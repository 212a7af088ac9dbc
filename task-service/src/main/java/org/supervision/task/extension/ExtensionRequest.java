package org.supervision.task.extension;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 延期申请: a unit asks for a later deadline, with a reason; a supervisor approves or refuses it. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {

    public enum State { PENDING, APPROVED, REFUSED }

    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Column(name = "requested_deadline", nullable = false)
    public LocalDate requestedDeadline;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;
}
