package org.supervision.task.assignment;

import org.supervision.task.api.ChinaTime;
import org.supervision.task.api.TaskProblems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.supervision.task.access.Caller;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.Versions;
import org.supervision.task.audit.AuditTrail;
import org.supervision.contracts.Topics;
import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.contracts.assignment.AssignmentIssued;
import org.supervision.platform.events.outbox.EventOutbox;
import org.supervision.task.extension.ExtensionRequest;
import org.supervision.task.progress.ProgressReport;
import org.supervision.task.supervision.WarningPolicy;
import org.supervision.task.unit.Unit;
import org.supervision.task.unit.UnitDirectory;

/**
 * Moves assignments through their lifecycle ({@link Action} is the state machine). Each move checks
 * who may make it, against which version, from which state; then it changes the assignment, appends
 * to the audit trail and publishes supervision.assignment.changed.v1, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class AssignmentLifecycle {

    /** The last day a deadline may be (plans are of the years 2000 to 2100); a later one is a typo, not a plan. */
    public static final LocalDate LAST_DEADLINE = LocalDate.of(2100, 12, 31);

    private final AssignmentRepository assignments;
    private final AuditTrail audit;
    private final EventOutbox outbox;
    private final EntityManager entityManager;
    private final WarningPolicy warnings;
    private final UnitDirectory units;
    private final Clock clock;
    private final CompletionGate completionGate;

    public AssignmentLifecycle(AssignmentRepository assignments, AuditTrail audit, EventOutbox outbox,
                               EntityManager entityManager, WarningPolicy warnings, UnitDirectory units, Clock clock,
                               CompletionGate completionGate) {
        this.completionGate = completionGate;
        this.warnings = warnings;
        this.units = units;
        this.assignments = assignments;
        this.audit = audit;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Assignment accept(UUID id, long version, LifecycleRequests.Accept request, Caller caller) {
        return act(id, version, Action.ACCEPT, caller, null, a -> {
            a.personInCharge = blankToNull(request == null ? null : request.personInCharge());
            a.phone = blankToNull(request == null ? null : request.phone());
        });
    }

    public Assignment dispute(UUID id, long version, LifecycleRequests.Reason request, Caller caller) {
        return act(id, version, Action.DISPUTE, caller, request.reason(), a -> a.pendingReason = request.reason().strip());
    }

    public Assignment resolveDispute(UUID id, long version, LifecycleRequests.DisputeDecision request, Caller caller) {
        if (request.decision() == LifecycleRequests.DisputeDecision.Decision.REJECT) {
            return act(id, version, Action.REJECT_DISPUTE, caller, request.reason(), a -> a.pendingReason = null);
        }
        if (request.unitCode() == null || request.unitCode().isBlank()) {
            throw new ProblemException(Problem.badRequest("A reassignment names the unit that takes the work over.",
                    List.of(new Problem.Violation("unitCode", "required-for-reassign", "name the unit by its code"))));
        }
        Assignment disputed = visible(id, caller);
        Assignment.UnitRef target = reassignable(request.unitCode().strip());
        if (assignments.existsFor(disputed.measureId, target.id())) {
            throw new ProblemException(Problem.of(409, "already-assigned", "Already assigned",
                    target.code() + " already has an assignment for this measure."));
        }
        Assignment cancelled = act(id, version, Action.REASSIGN, caller, request.reason(), a -> a.pendingReason = null);
        Assignment successor = Assignment.successorOf(cancelled, target, OffsetDateTime.now(clock));
        successor.warningLevel = warnings.levelOf(successor.warningFacts(), ChinaTime.today(clock));
        assignments.persist(successor);
        audit.record(successor, null, caller.name(), "ISSUE", "reassigned from " + cancelled.unitCode + ": " + request.reason());
        outbox.add(Topics.TASK, successor.id.toString(), AssignmentIssued.TYPE, successor.issued());
        return cancelled;
    }

    /** A unit of the directory (task-service's copy), else one a plan has named; never a retired one. */
    private Assignment.UnitRef reassignable(String code) {
        Optional<Unit> unit = units.byCode(code);
        if (unit.isPresent() && !unit.get().active()) {
            throw new ProblemException(Problem.unprocessable("Retired unit", "Work cannot move to a retired unit.",
                    List.of(new Problem.Violation("unitCode", "retired-unit", code + " is retired"))));
        }
        return unit.map(u -> new Assignment.UnitRef(u.id, u.code, u.name))
                .or(() -> assignments.knownUnit(code))
                .orElseThrow(() -> new ProblemException(Problem.unprocessable("Unknown unit",
                        "No unit with this code is known to task-service.",
                        List.of(new Problem.Violation("unitCode", "unknown-unit", code + " is not a known unit")))));
    }

    public Assignment requestCompletion(UUID id, long version, LifecycleRequests.CompletionRequest request, Caller caller) {
        return act(id, version, Action.REQUEST_COMPLETION, caller, request.summary(), a -> a.pendingReason = request.summary().strip());
    }

    public Assignment review(UUID id, long version, LifecycleRequests.Review request, Caller caller) {
        if (request.decision() == LifecycleRequests.Review.Decision.COMPLETE) {
            LocalDate reviewAt = request.reviewAt();
            if (reviewAt != null && (!reviewAt.isAfter(ChinaTime.today(clock)) || reviewAt.isAfter(LAST_DEADLINE))) {
                throw new ProblemException(Problem.badRequest("A re-inspection is on a later day than the completion.",
                        List.of(new Problem.Violation("reviewAt", "future-date",
                                "must be after today and no later than " + LAST_DEADLINE))));
            }
            return act(id, version, Action.COMPLETE, caller, request.reason(), a -> {
                completionGate.check(a); // after the caller, version and state checks: a 422 only for a move otherwise allowed
                a.completedAt = OffsetDateTime.now(clock);
                a.progressPercent = 100;
                a.pendingReason = null;
                a.reviewAt = reviewAt;
            });
        }
        if (request.reviewAt() != null) {
            throw new ProblemException(Problem.badRequest("Only a completion is accepted subject to a re-inspection.",
                    List.of(new Problem.Violation("reviewAt", "complete-only", "leave it out when returning the work"))));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new ProblemException(Problem.badRequest("Returning work needs a reason the unit can act on.",
                    List.of(new Problem.Violation("reason", "required-for-return", "say why the work is returned"))));
        }
        return act(id, version, Action.RETURN, caller, request.reason(), a -> a.pendingReason = null);
    }

    public Assignment cancel(UUID id, long version, LifecycleRequests.Reason request, Caller caller) {
        return act(id, version, Action.CANCEL, caller, request.reason(), a -> a.pendingReason = null);
    }

    public Assignment reopen(UUID id, long version, LifecycleRequests.Reason request, Caller caller) {
        return act(id, version, Action.REOPEN, caller, request.reason(), a -> {
            a.completedAt = null;
            a.pendingReason = null;
            a.reviewAt = null;
        });
    }

    /**
     * 复核 of work completed subject to a re-inspection: CONFIRMED keeps it completed, REOPENED opens it again
     * (IN_PROGRESS: the unit signed for it long ago) with the finding as the reason the unit is told. Either
     * way the re-inspection is no longer pending. Completed work without one pending is 409.
     */
    public Assignment reInspect(UUID id, long version, LifecycleRequests.ReInspection request, Caller caller) {
        boolean confirmed = request.outcome() == LifecycleRequests.ReInspection.Outcome.CONFIRMED;
        return act(id, version, confirmed ? Action.RE_INSPECT_CONFIRM : Action.RE_INSPECT_REOPEN, caller, request.finding(), a -> {
            if (a.reviewAt == null) {
                throw new ProblemException(Problem.of(409, "no-re-inspection-pending", "No re-inspection pending",
                        "This work was completed without a re-inspection (reviewAt), or its re-inspection is done."));
            }
            a.reviewAt = null;
            if (!confirmed) {
                a.completedAt = null;
            }
        });
    }

    /**
     * 转办: the unit's officer hands the work on inside the unit. The person in charge (and their phone, which
     * belongs to the person) is replaced; the department only when one is named.
     */
    public Assignment handOver(UUID id, long version, LifecycleRequests.Handover request, Caller caller) {
        return act(id, version, Action.HANDOVER, caller, request.note(), a -> {
            a.personInCharge = request.personInCharge().strip();
            a.phone = blankToNull(request.phone());
            if (blankToNull(request.department()) != null) {
                a.handlingDepartment = request.department().strip();
            }
        });
    }

    public ProgressReport report(UUID id, long version, LifecycleRequests.Report request, Caller caller) {
        Assignment assignment = visible(id, caller);
        if (request.consolidated() && assignment.role != Role.LEAD) {
            throw new ProblemException(Problem.badRequest("Only the lead unit files the consolidated report of a measure.",
                    List.of(new Problem.Violation("consolidated", "lead-unit-only", "this unit cooperates on the measure"))));
        }
        ProgressReport report = new ProgressReport();
        act(id, version, Action.REPORT, caller, null, a -> {
            a.progressPercent = request.percent();
            a.reportFiled(OffsetDateTime.now(clock));
        });
        report.id = UUID.randomUUID();
        report.assignmentId = id;
        report.percent = request.percent();
        report.narrative = request.narrative().strip();
        report.figures = request.figures() == null ? List.of() : request.figures().stream()
                .map(f -> new ProgressReport.Figure(f.metric().strip(), f.value(), f.unit())).toList();
        report.consolidated = request.consolidated();
        report.reportedBy = caller.name();
        report.reportedAt = OffsetDateTime.now(clock);
        entityManager.persist(report);
        return report;
    }

    public ExtensionRequest requestExtension(UUID id, long version, LifecycleRequests.Extension request, Caller caller) {
        Assignment assignment = visible(id, caller);
        if (assignment.deadline != null && !request.requestedDeadline().isAfter(assignment.deadline)) {
            throw new ProblemException(Problem.badRequest("An extension asks for a later deadline.",
                    List.of(new Problem.Violation("requestedDeadline", "after-current-deadline",
                            "must be after the current deadline " + assignment.deadline))));
        }
        if (request.requestedDeadline().isAfter(LAST_DEADLINE)) {
            throw new ProblemException(Problem.badRequest("An extension asks for a deadline no plan has.",
                    List.of(new Problem.Violation("requestedDeadline", "deadline-range", "must be " + LAST_DEADLINE + " or earlier"))));
        }
        if (!entityManager.createQuery("from ExtensionRequest where assignmentId = :id and state = :pending", ExtensionRequest.class)
                .setParameter("id", id).setParameter("pending", ExtensionRequest.State.PENDING).getResultList().isEmpty()) {
            throw new ProblemException(Problem.of(409, "extension-pending", "An extension request is pending",
                    "Wait for the decision on the pending request before asking again."));
        }
        act(id, version, Action.REQUEST_EXTENSION, caller, request.reason(), a -> { });
        ExtensionRequest extension = new ExtensionRequest();
        extension.id = UUID.randomUUID();
        extension.assignmentId = id;
        extension.requestedDeadline = request.requestedDeadline();
        extension.reason = request.reason().strip();
        extension.state = ExtensionRequest.State.PENDING;
        extension.requestedBy = caller.name();
        extension.requestedAt = OffsetDateTime.now(clock);
        entityManager.persist(extension);
        return extension;
    }

    public Assignment decideExtension(UUID id, UUID extensionId, long version, LifecycleRequests.ExtensionDecision decision,
                                      Caller caller) {
        ExtensionRequest extension = entityManager.find(ExtensionRequest.class, extensionId);
        if (extension == null || !extension.assignmentId.equals(id)) {
            throw ProblemException.notFound("extension request " + extensionId);
        }
        if (extension.state != ExtensionRequest.State.PENDING) {
            throw new ProblemException(Problem.of(409, "extension-decided", "Already decided",
                    "This extension request was " + extension.state.name().toLowerCase() + " already."));
        }
        String note = decision.note() == null ? null : decision.note().strip();
        // the audit trail reads "extension refused: …"; the event carries the outcome and the note apart
        Assignment assignment = act(id, version, Action.DECIDE_EXTENSION, caller,
                (decision.approve() ? "extension approved" : "extension refused") + (note == null ? "" : ": " + note),
                note, decision.approve() ? "APPROVED" : "REFUSED", a -> {
                    if (decision.approve()) {
                        a.deadline = extension.requestedDeadline;
                    }
                });
        extension.state = decision.approve() ? ExtensionRequest.State.APPROVED : ExtensionRequest.State.REFUSED;
        extension.decidedBy = caller.name();
        extension.decidedAt = OffsetDateTime.now(clock);
        extension.decisionNote = note;
        return assignment;
    }

    /** The assignment if the caller may see it: a unit officer only their unit's (others' are 404, as if absent). */
    public Assignment visible(UUID id, Caller caller) {
        return assignments.findVisible(id, caller.confinedToUnit().orElse(null))
                .orElseThrow(() -> ProblemException.notFound("assignment " + id));
    }

    private Assignment act(UUID id, long version, Action action, Caller caller, String reason, Consumer<Assignment> change) {
        return act(id, version, action, caller, reason, reason, null, change);
    }

    /** {@code eventReason} is what the unit is told (the event's reason); {@code reason} goes to the audit trail. */
    private Assignment act(UUID id, long version, Action action, Caller caller, String reason, String eventReason,
                           String decision, Consumer<Assignment> change) {
        Assignment a = visible(id, caller);
        boolean mayAct = action.actor() == Action.Actor.SUPERVISOR ? caller.isSupervisor()
                : caller.unit().map(unit -> unit.equals(a.unitCode)).orElse(false);
        if (!mayAct) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden",
                    action.actor() == Action.Actor.SUPERVISOR ? "Only the supervision office may " + action.path() + "."
                            : "Only the responsible unit's officer may " + action.path() + "."));
        }
        Versions.check(version, a.version, TaskProblems.ASSIGNMENT);
        if (!action.allowedFrom(a.state)) {
            Action.Actor actor = caller.isSupervisor() ? Action.Actor.SUPERVISOR : Action.Actor.UNIT;
            throw new ProblemException(TaskProblems.notAllowedNow(action.path(), a.state.name(),
                    Action.allowed(a.state, actor).stream().map(Action::path).toList()));
        }
        Map<String, Object> before = a.auditSnapshot();
        AssignmentState from = a.state;
        LocalDate previousDeadline = a.deadline;
        change.accept(a);
        a.state = action.target(a.state);
        a.updatedAt = OffsetDateTime.now(clock);
        a.warn(warnings.levelOf(a.warningFacts(), ChinaTime.today(clock)), a.updatedAt);
        assignments.flush(); // the new version is what the answer's ETag and the event carry
        audit.record(a, before, caller.name(), action.name(), blankToNull(reason));
        outbox.add(Topics.TASK, a.id.toString(), AssignmentChanged.TYPE, a.changed(action.name(),
                from.name(), previousDeadline == null || previousDeadline.equals(a.deadline) ? null : previousDeadline,
                caller.name(), blankToNull(eventReason), decision));
        return a;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
