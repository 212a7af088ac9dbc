package org.supervision.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.contracts.assignment.AssignmentIssued;
import org.supervision.contracts.assignment.WarningChanged;
import org.supervision.notification.calendar.WorkingDays;
import org.supervision.notification.events.Received;
import org.supervision.platform.events.inbox.UnreadableEventException;

import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps each open assignment's schedule in step with the task events: an issued assignment gets
 * its schedule, a new deadline replaces what is pending, completion, cancellation and
 * reassignment cancel it. Runs in the consumer's transaction, with the processed event id.
 */
@ApplicationScoped
public class ReminderPlanner {

    private final EntityManager entityManager;
    private final ReminderPolicies policies;
    private final WorkingDays workingDays;
    private final ReminderSettings settings;
    private final Clock clock;

    public ReminderPlanner(EntityManager entityManager, ReminderPolicies policies, WorkingDays workingDays,
                           ReminderSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.policies = policies;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
    }

    /** After the inbox item, before the unit's reporting reminders (see TaskEvents). */
    void onIssued(@Observes @Priority(200) Received<AssignmentIssued> issued) {
        issued(issued.eventId(), issued.data());
    }

    /** First of the observers: validates the event and tracks the new state the others read. */
    void onChanged(@Observes @Priority(100) Received<AssignmentChanged> changed) {
        changed(changed.eventId(), changed.data());
    }

    /** After the report-missing notice has taken the flag in. */
    void onWarningChanged(@Observes @Priority(200) Received<WarningChanged> changed) {
        if (turnedRed(changed.data())) {
            ensureOverdueSchedule(changed.eventId(), changed.data());
        }
    }

    static boolean turnedRed(WarningChanged changed) {
        return "RED".equals(changed.toLevel()) && !"RED".equals(changed.fromLevel());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void issued(String eventId, AssignmentIssued issued) {
        if (issued.planId() == null) {
            throw new UnreadableEventException("assignment.issued " + eventId + " without planId");
        }
        TrackedAssignment assignment = track(issued.assignmentId(), issued.planId(), issued.unitCode());
        assignment.planTitle = issued.planTitle();
        assignment.measureId = issued.measureId();
        assignment.measureNumber = issued.measureNumber();
        assignment.measureTitle = issued.measureTitle();
        assignment.unitName = issued.unitName();
        assignment.role = issued.role();
        assignment.deadline = issued.deadline();
        assignment.itemId = issued.itemId();
        assignment.itemSource = issued.itemSource();
        assignment.open = true;
        assignment.state = "ISSUED";
        store(assignment);
        replan(assignment, eventId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String eventId, AssignmentChanged changed) {
        if (changed.assignmentId() == null || changed.planId() == null || changed.unitCode() == null
                || changed.unitCode().isBlank()) {
            throw new UnreadableEventException("assignment.changed " + eventId + " without assignmentId, planId or unitCode");
        }
        TrackedAssignment assignment = track(changed.assignmentId(), changed.planId(), changed.unitCode());
        if (changed.measureNumber() != null) {
            assignment.measureNumber = changed.measureNumber();
        }
        if (changed.measureTitle() != null) {
            assignment.measureTitle = changed.measureTitle();
        }
        if (changed.unitName() != null) {
            assignment.unitName = changed.unitName();
        }
        assignment.unitCode = changed.unitCode();
        if (changed.itemId() != null) {
            assignment.itemId = changed.itemId(); // an item's work first seen through a change
        }
        if (changed.toState() != null) {
            assignment.state = changed.toState();
        }
        if (AssignmentChanges.ends(changed)) {
            assignment.open = false;
            store(assignment);
            int cancelled = cancelPending(assignment.assignmentId);
            Log.debugf("assignment %s %s: %d pending reminder(s) cancelled", assignment.assignmentId, changed.action(), cancelled);
            return;
        }
        // deadline and previousDeadline both null: the event did not speak of the deadline, which stays
        LocalDate deadline = changed.deadline() != null || changed.previousDeadline() != null ? changed.deadline()
                : assignment.deadline;
        boolean reopened = !assignment.open;
        boolean moved = !Objects.equals(assignment.deadline, deadline);
        assignment.open = true;
        assignment.deadline = deadline;
        store(assignment);
        if (reopened || moved) {
            replan(assignment, eventId);
        }
    }

    /**
     * task-service's sweep says the assignment turned RED (its deadline passed). The schedule of
     * that deadline normally has its OVERDUE reminders (pending or sent) already: then nothing
     * changes, and no second overdue reminder is sent. If the schedule is missing (an event was
     * never seen, the deadline here is not task-service's), it is computed now, which for a passed
     * deadline includes an OVERDUE reminder at once. Returns true when it had to be computed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean ensureOverdueSchedule(String eventId, WarningChanged red) {
        if (red.deadline() == null) {
            return false;
        }
        TrackedAssignment assignment = entityManager.find(TrackedAssignment.class, red.assignmentId());
        if (assignment != null && !assignment.open) {
            return false; // completed or cancelled here: the lifecycle events, in order, have the last word
        }
        if (assignment != null && red.deadline().equals(assignment.deadline)
                && hasScheduleAfter(assignment.assignmentId, assignment.deadline)) {
            return false;
        }
        assignment = track(red.assignmentId(), red.planId(), red.unitCode());
        if (red.measureId() != null) {
            assignment.measureId = red.measureId();
        }
        if (red.measureNumber() != null) {
            assignment.measureNumber = red.measureNumber();
        }
        if (red.measureTitle() != null) {
            assignment.measureTitle = red.measureTitle();
        }
        if (red.state() != null) {
            assignment.state = red.state();
        }
        assignment.deadline = red.deadline();
        assignment.open = true; // RED is a level of open work only
        store(assignment);
        replan(assignment, eventId);
        Log.infof("assignment %s turned RED without an overdue schedule for %s here; computed it", red.assignmentId(),
                red.deadline());
        return true;
    }

    /** Reminders after the deadline (overdue or escalation, pending or sent) computed from this deadline. */
    private boolean hasScheduleAfter(UUID assignmentId, LocalDate deadline) {
        return !entityManager.createNativeQuery("""
                        select 1 from reminder where assignment_id = ?1 and deadline = ?2 and status <> 'CANCELLED'
                        and kind in ('OVERDUE', 'ESCALATION') limit 1""")
                .setParameter(1, assignmentId).setParameter(2, deadline).getResultList().isEmpty();
    }

    /** After a policy change: every open assignment of the plan gets its pending reminders recomputed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int replanPlan(UUID planId, String cause) {
        List<TrackedAssignment> open = entityManager.createQuery(
                        "from TrackedAssignment where planId = ?1 and open = true", TrackedAssignment.class)
                .setParameter(1, planId).getResultList();
        open.forEach(assignment -> replan(assignment, cause));
        return open.size();
    }

    private TrackedAssignment track(UUID assignmentId, UUID planId, String unitCode) {
        TrackedAssignment assignment = entityManager.find(TrackedAssignment.class, assignmentId);
        if (assignment == null) {
            assignment = new TrackedAssignment();
            assignment.assignmentId = assignmentId;
            assignment.open = false; // persisted by store(), once the caller has filled it in
        }
        assignment.planId = planId;
        assignment.unitCode = unitCode;
        assignment.updatedAt = OffsetDateTime.now(clock);
        return assignment;
    }

    /** A new row is inserted only now: Hibernate inserts the state an entity has when it is persisted. */
    private void store(TrackedAssignment assignment) {
        if (!entityManager.contains(assignment)) {
            entityManager.persist(assignment);
        }
    }

    private void replan(TrackedAssignment assignment, String cause) {
        entityManager.flush(); // the reminder rows reference the assignment row
        cancelPending(assignment.assignmentId);
        if (assignment.deadline == null || !assignment.open) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        for (PlannedReminder planned : ReminderSchedule.plan(assignment.deadline, policies.of(assignment.planId),
                workingDays, today)) {
            Instant dueAt = planned.immediate() ? now
                    : planned.day().atTime(settings.sendAt()).atZone(settings.zone()).toInstant();
            insert(assignment, planned.kind(), dueAt, cause, now);
        }
    }

    /** A redelivered or repeated computation finds the same reminder already there and adds nothing. */
    private void insert(TrackedAssignment assignment, ReminderKind kind, Instant dueAt, String cause, Instant now) {
        entityManager.createNativeQuery("""
                        insert into reminder (id, assignment_id, kind, due_at, deadline, status, source_event_id, created_at)
                        values (?1, ?2, ?3, ?4, ?5, 'PENDING', ?6, ?7)
                        on conflict (assignment_id, kind, due_at) where status <> 'CANCELLED' and milestone_id is null do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, assignment.assignmentId).setParameter(3, kind.name())
                .setParameter(4, dueAt.atOffset(ZoneOffset.UTC)).setParameter(5, assignment.deadline)
                .setParameter(6, cause).setParameter(7, now.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /**
     * Waits for a dispatcher holding one of these rows; what it sent stays SENT, the rest is
     * cancelled. Only the deadline's schedule: an immediate notice is never pending.
     */
    private int cancelPending(UUID assignmentId) {
        return entityManager.createNativeQuery("""
                        update reminder set status = 'CANCELLED' where assignment_id = ?1 and status = 'PENDING'
                        and kind in ('BEFORE_DEADLINE', 'DUE_TODAY', 'OVERDUE', 'ESCALATION')""")
                .setParameter(1, assignmentId).executeUpdate();
    }
}
