package org.supervision.notification.milestone;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.contracts.assignment.MilestoneChanged;
import org.supervision.notification.calendar.WorkingDays;
import org.supervision.notification.events.Received;
import org.supervision.notification.reminder.AssignmentChanges;
import org.supervision.notification.reminder.PlannedReminder;
import org.supervision.notification.reminder.ReminderPolicies;
import org.supervision.notification.reminder.ReminderSettings;
import org.supervision.notification.reminder.TrackedAssignment;
import org.supervision.platform.events.inbox.UnreadableEventException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Reminders before each milestone (阶段性目标) of a lead unit's work: a SET milestone gets its schedule (what was
 * pending for it is replaced), a DONE one has what is pending cancelled, and so does every milestone of work
 * that ends (completed, cancelled, reassigned). Runs in the consumer's transaction, with the processed event id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MilestoneReminders {

    private final EntityManager entityManager;
    private final ReminderPolicies policies;
    private final WorkingDays workingDays;
    private final ReminderSettings settings;
    private final Clock clock;

    public MilestoneReminders(EntityManager entityManager, ReminderPolicies policies, WorkingDays workingDays,
                              ReminderSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.policies = policies;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
    }

    void onMilestone(@Observes Received<MilestoneChanged> changed) {
        changed(changed.eventId(), changed.data());
    }

    /** After ReminderPlanner (100): work that ended takes its milestones' reminders with it. */
    void onAssignmentChanged(@Observes @Priority(260) Received<AssignmentChanged> changed) {
        if (AssignmentChanges.ends(changed.data())) {
            entityManager.createNativeQuery("""
                            update reminder set status = 'CANCELLED' where assignment_id = ?1 and milestone_id is not null
                            and status = 'PENDING'""")
                    .setParameter(1, changed.data().assignmentId()).executeUpdate();
        }
    }

    public void changed(String eventId, MilestoneChanged m) {
        if (m.milestoneId() == null || m.assignmentId() == null || m.planId() == null || m.dueDate() == null
                || m.unitCode() == null || m.unitCode().isBlank()) {
            throw new UnreadableEventException("milestone-changed " + eventId
                    + " without milestoneId, assignmentId, planId, dueDate or unitCode");
        }
        entityManager.createNativeQuery("update reminder set status = 'CANCELLED' where milestone_id = ?1 and status = 'PENDING'")
                .setParameter(1, m.milestoneId()).executeUpdate();
        if (!"OPEN".equals(m.state())) {
            return;
        }
        TrackedAssignment assignment = tracked(m);
        if (!assignment.open) {
            return; // the work ended here already: the lifecycle's events, in order, have the last word
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        for (PlannedReminder planned : MilestoneSchedule.plan(m.dueDate(), policies.of(m.planId()), workingDays, today)) {
            Instant dueAt = planned.day().atTime(settings.sendAt()).atZone(settings.zone()).toInstant();
            entityManager.createNativeQuery("""
                            insert into reminder (id, assignment_id, milestone_id, kind, due_at, deadline, detail, status,
                                                  source_event_id, created_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'PENDING', ?8, ?9)
                            on conflict (milestone_id, kind, due_at) where milestone_id is not null and status <> 'CANCELLED'
                            do update set detail = excluded.detail, deadline = excluded.deadline""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, m.assignmentId()).setParameter(3, m.milestoneId())
                    .setParameter(4, planned.kind().name()).setParameter(5, dueAt.atOffset(ZoneOffset.UTC))
                    .setParameter(6, m.dueDate()).setParameter(7, m.title()).setParameter(8, eventId)
                    .setParameter(9, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        }
    }

    /** The assignment as tracked from its own events; if none was seen, what the milestone's event says of it. */
    private TrackedAssignment tracked(MilestoneChanged m) {
        TrackedAssignment a = entityManager.find(TrackedAssignment.class, m.assignmentId());
        if (a != null) {
            return a;
        }
        a = new TrackedAssignment();
        a.assignmentId = m.assignmentId();
        a.planId = m.planId();
        a.measureId = m.measureId();
        a.measureNumber = m.measureNumber();
        a.measureTitle = m.measureTitle();
        a.unitCode = m.unitCode();
        a.unitName = m.unitName();
        a.role = "LEAD"; // only a lead unit sets milestones
        a.open = true;
        a.updatedAt = OffsetDateTime.now(clock);
        entityManager.persist(a);
        entityManager.flush(); // the reminder rows reference it
        return a;
    }
}
