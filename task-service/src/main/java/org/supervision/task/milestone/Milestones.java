package org.supervision.task.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.supervision.contracts.Topics;
import org.supervision.contracts.assignment.MilestoneChanged;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.Versions;
import org.supervision.platform.events.outbox.EventOutbox;
import org.supervision.task.access.Caller;
import org.supervision.task.api.ChinaTime;
import org.supervision.task.assignment.Assignment;
import org.supervision.task.assignment.AssignmentLifecycle;
import org.supervision.task.assignment.AssignmentState;
import org.supervision.task.assignment.Role;
import org.supervision.task.audit.AuditTrail;

/**
 * 阶段性目标: the lead unit splits its assignment into milestones with their own dates and marks them done. Each
 * change is on the assignment's audit trail and published as {@value MilestoneChanged#TYPE} (keyed by the
 * assignment, so it stays in order with the assignment's own events) in the same transaction;
 * notification-service reminds the unit before each open milestone's date.
 */
@ApplicationScoped
@Transactional
public class Milestones {

    private final AssignmentLifecycle lifecycle;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final EventOutbox outbox;
    private final Clock clock;

    public Milestones(AssignmentLifecycle lifecycle, EntityManager entityManager, AuditTrail audit, EventOutbox outbox,
                      Clock clock) {
        this.lifecycle = lifecycle;
        this.entityManager = entityManager;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    public MilestoneView add(UUID assignmentId, MilestoneRequests.NewMilestone request, Caller caller) {
        Assignment a = leadUnitsOpenWork(assignmentId, caller, "set milestones");
        LocalDate today = ChinaTime.today(clock);
        if (request.dueDate().isBefore(today)) {
            throw new ProblemException(Problem.badRequest("A milestone is due today or later.",
                    List.of(new Problem.Violation("dueDate", "not-in-past", "must be " + today + " or later"))));
        }
        LocalDate last = a.deadline != null ? a.deadline : AssignmentLifecycle.LAST_DEADLINE;
        if (request.dueDate().isAfter(last)) {
            throw new ProblemException(Problem.unprocessable("Milestone after the deadline",
                    "A milestone is a stage of the work, due no later than the work itself.",
                    List.of(new Problem.Violation("dueDate", "within-deadline", "must be " + last + " or earlier"))));
        }
        Milestone m = new Milestone();
        m.id = UUID.randomUUID();
        m.assignmentId = a.id;
        m.title = request.title().strip();
        m.dueDate = request.dueDate();
        m.state = Milestone.State.OPEN;
        m.createdBy = caller.name();
        m.createdAt = OffsetDateTime.now(clock);
        entityManager.persist(m);
        entityManager.flush(); // its version is what the event and the ETag carry
        audit.record(a, a.auditSnapshot(), caller.name(), "MILESTONE_SET", m.dueDate + " " + m.title);
        publish(a, m, "SET", caller, null);
        return MilestoneView.of(m, today);
    }

    public MilestoneView done(UUID assignmentId, UUID milestoneId, long version, MilestoneRequests.Done request, Caller caller) {
        Assignment a = leadUnitsOpenWork(assignmentId, caller, "mark milestones done");
        Milestone m = find(a.id, milestoneId);
        Versions.check(version, m.version, "The milestone");
        if (m.state == Milestone.State.DONE) {
            throw new ProblemException(Problem.of(409, "milestone-done", "Already done",
                    "This milestone was marked done on " + m.doneAt + "."));
        }
        String note = request == null || request.note() == null || request.note().isBlank() ? null : request.note().strip();
        m.state = Milestone.State.DONE;
        m.doneBy = caller.name();
        m.doneAt = OffsetDateTime.now(clock);
        m.doneNote = note;
        entityManager.flush();
        audit.record(a, a.auditSnapshot(), caller.name(), "MILESTONE_DONE", m.dueDate + " " + m.title
                + (note == null ? "" : ": " + note));
        publish(a, m, "DONE", caller, note);
        return MilestoneView.of(m, ChinaTime.today(clock));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MilestoneView> of(UUID assignmentId, Caller caller) {
        Assignment a = lifecycle.visible(assignmentId, caller);
        LocalDate today = ChinaTime.today(clock);
        return entityManager.createQuery("from Milestone where assignmentId = :id order by dueDate, createdAt", Milestone.class)
                .setParameter("id", a.id).getResultList().stream().map(m -> MilestoneView.of(m, today)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MilestoneView one(UUID assignmentId, UUID milestoneId, Caller caller) {
        Assignment a = lifecycle.visible(assignmentId, caller);
        return MilestoneView.of(find(a.id, milestoneId), ChinaTime.today(clock));
    }

    /**
     * The assignment, if the caller is the officer of its own unit, the unit leads the measure, and the work is
     * under way; 404 for another unit's (as everywhere), 403 for anyone else or a cooperating unit, 409 for closed
     * or disputed work.
     */
    private Assignment leadUnitsOpenWork(UUID id, Caller caller, String what) {
        Assignment a = lifecycle.visible(id, caller);
        if (!caller.unit().map(u -> u.equals(a.unitCode)).orElse(false)) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden", "Only the responsible unit's officer may " + what + "."));
        }
        if (a.role != Role.LEAD) {
            throw new ProblemException(Problem.of(403, "lead-unit-only", "Lead unit only",
                    "Only the lead unit (牵头单位) splits a measure into milestones; this unit cooperates on it."));
        }
        if (!a.isOpen() || a.state == AssignmentState.DISPUTED) {
            throw new ProblemException(Problem.of(409, "milestones-closed", "Not while " + a.state,
                    "Milestones are set and reached while the work is under way; it is " + a.state + "."));
        }
        return a;
    }

    private Milestone find(UUID assignmentId, UUID milestoneId) {
        Milestone m = entityManager.find(Milestone.class, milestoneId);
        if (m == null || !m.assignmentId.equals(assignmentId)) {
            throw ProblemException.notFound("milestone " + milestoneId);
        }
        return m;
    }

    private void publish(Assignment a, Milestone m, String action, Caller caller, String note) {
        outbox.add(Topics.TASK, a.id.toString(), MilestoneChanged.TYPE, new MilestoneChanged(m.id, a.id, action, m.state.name(),
                m.title, m.dueDate, a.planId, a.measureId, a.measureNumber, a.measureTitle, a.unitCode, a.unitName,
                caller.name(), note, m.version, OffsetDateTime.now(clock)));
    }
}
