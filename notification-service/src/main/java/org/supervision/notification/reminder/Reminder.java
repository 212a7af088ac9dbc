package org.supervision.notification.reminder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One scheduled reminder of an assignment: PENDING until the dispatcher sends it, or CANCELLED by a change. */
@Entity
@Table(name = "reminder")
public class Reminder {

    public enum Status { PENDING, SENT, CANCELLED }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public TrackedAssignment assignment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReminderKind kind;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    /** The deadline the reminder was computed from (the assignment's may have moved since). */
    @Column(nullable = false)
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
