package org.supervision.task.urge;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.supervision.contracts.Topics;
import org.supervision.contracts.assignment.AssignmentUrged;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.Versions;
import org.supervision.platform.events.outbox.EventOutbox;
import org.supervision.task.access.Caller;
import org.supervision.task.api.TaskProblems;
import org.supervision.task.assignment.Action;
import org.supervision.task.assignment.Assignment;
import org.supervision.task.assignment.AssignmentRepository;
import org.supervision.task.audit.AuditTrail;

/**
 * 催办 by hand: the supervision office chases a unit about open work now. In one transaction the
 * assignment counts the urge ({@code urgeCount}, {@code lastUrgedAt}, a new version), the urge is kept with
 * its message, the audit trail gets an entry with action {@code URGE}, and supervision.assignment.urged.v1
 * goes to the outbox, from which notification-service tells the unit through its inbox, e-mail and webhooks.
 */
@ApplicationScoped
@Transactional
public class Urging {

    /** The audit trail's action name; the monthly bulletin counts these entries. */
    public static final String AUDIT_ACTION = Action.URGE.name();

    private final AssignmentRepository assignments;
    private final AuditTrail audit;
    private final EventOutbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;

    public Urging(AssignmentRepository assignments, AuditTrail audit, EventOutbox outbox, EntityManager entityManager,
                  Clock clock) {
        this.assignments = assignments;
        this.audit = audit;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The urge made; the assignment (its new version is the answer's ETag) is {@link #assignment}. */
    public Urge urge(UUID assignmentId, long version, UrgeRequest request, Caller caller) {
        Assignment a = visible(assignmentId, caller);
        if (!caller.isSupervisor()) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden", "Only the supervision office may urge."));
        }
        Versions.check(version, a.version, TaskProblems.ASSIGNMENT);
        if (!Action.URGE.allowedFrom(a.state)) {
            throw new ProblemException(TaskProblems.notAllowedNow(Action.URGE.path(), a.state.name(),
                    Action.allowed(a.state, Action.Actor.SUPERVISOR).stream().map(Action::path).toList()));
        }
        Map<String, Object> before = a.auditSnapshot();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String message = request == null || request.message() == null || request.message().isBlank() ? null
                : request.message().strip();
        a.urgeCount++;
        a.lastUrgedAt = now;
        a.updatedAt = now;
        Urge urge = new Urge();
        urge.id = UUID.randomUUID();
        urge.assignmentId = a.id;
        urge.ordinal = a.urgeCount;
        urge.message = message;
        urge.urgedBy = caller.name();
        urge.urgedAt = now;
        entityManager.persist(urge);
        assignments.flush(); // the new version is what the answer's ETag carries
        audit.record(a, before, caller.name(), AUDIT_ACTION, message == null ? "催办" : message);
        outbox.add(Topics.TASK, a.id.toString(), AssignmentUrged.TYPE, urged(a, urge));
        return urge;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Urge> of(UUID assignmentId, Caller caller) {
        visible(assignmentId, caller);
        return entityManager.createQuery("from Urge where assignmentId = :id order by ordinal", Urge.class)
                .setParameter("id", assignmentId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assignment assignment(UUID assignmentId) {
        return assignments.findById(assignmentId);
    }

    /** A unit officer sees only its own unit's assignments: another's answers 404, as if it did not exist. */
    private Assignment visible(UUID id, Caller caller) {
        return assignments.findVisible(id, caller.confinedToUnit().orElse(null))
                .orElseThrow(() -> ProblemException.notFound("assignment " + id));
    }

    /** The contracts' {@value AssignmentUrged#TYPE} data of this urge. */
    static AssignmentUrged urged(Assignment a, Urge urge) {
        return new AssignmentUrged(urge.id, a.id, a.planId, a.planTitle, a.measureId, a.measureNumber, a.measureTitle,
                a.unitCode, a.unitName, a.role.name(), a.state.name(), a.deadline, a.warningLevel.name(), a.urgeCount,
                urge.message, urge.urgedBy, urge.urgedAt);
    }
}
