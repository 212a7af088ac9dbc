package org.supervision.task.milestone;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 阶段性目标: a stage of a lead unit's assignment with its own date, OPEN until the unit marks it DONE. */
@Entity
@Table(name = "milestone")
public class Milestone {

    public enum State { OPEN, DONE }

    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Column(nullable = false)
    public String title;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "done_by")
    public String doneBy;

    @Column(name = "done_at")
    public OffsetDateTime doneAt;

    @Column(name = "done_note")
    public String doneNote;

    @Version
    public long version;
}
