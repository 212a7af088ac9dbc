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

/**
 * One scheduled reminder or notice: of an assignment, or (reporting reminders, report-missing
 * notices) of a unit in a plan. PENDING until the dispatcher sends it, or CANCELLED by a change;
 * an immediate notice is written SENT with its inbox item. FAILED when the dispatcher could not
 * word or write it (its data): never claimed again, until a supervisor resends it (ReminderResend).
 */
@Entity
@Table(name = "reminder")
public class Reminder {

    public enum Status { PENDING, SENT, CANCELLED, FAILED }

    @Id
    public UUID id;

    /** Null for a reminder of a unit in a plan ({@link #planId}, {@link #unitCode}). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id")
    public TrackedAssignment assignment;

    /** Set for a reminder of a unit in a plan; null for an assignment's (the assignment says). */
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "unit_code")
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReminderKind kind;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    /**
     * The deadline the reminder was computed from (the assignment's may have moved since); for
     * reporting reminders and report-missing notices the report's due date. Null when there is none.
     */
    public LocalDate deadline;

    /** The reason or note the unit is told (a return, a refusal), if any. */
    public String detail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /**
     * Why the dispatcher could not send it, the last time it could not: the exception's class and the
     * database's message, shortened. Kept after a resend, as the history of that failure.
     */
    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "failed_at")
    public OffsetDateTime failedAt;

    /** Set for a reminder of one milestone of the assignment (MILESTONE_DUE_SOON, MILESTONE_DUE_TODAY). */
    @Column(name = "milestone_id")
    public UUID milestoneId;

    public UUID planIdOf() {
        return assignment != null ? assignment.planId : planId;
    }

    public String unitCodeOf() {
        return assignment != null ? assignment.unitCode : unitCode;
    }
}
