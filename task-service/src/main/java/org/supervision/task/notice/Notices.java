package org.supervision.task.notice;

import org.supervision.task.api.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.supervision.task.access.Caller;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.Versions;
import org.supervision.task.assignment.Assignment;
import org.supervision.task.assignment.AssignmentLifecycle;
import org.supervision.task.assignment.AssignmentRepository;
import org.supervision.task.audit.AuditTrail;
import org.supervision.contracts.Topics;
import org.supervision.contracts.notice.NoticeChanged;
import org.supervision.platform.events.outbox.EventOutbox;

/**
 * Issues, answers and closes notices. Each change checks who may make it, against which version and
 * from which state; then it changes the notice, appends to the audit trail of every assignment
 * concerned and publishes {@value NoticeChanged#TYPE}, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class Notices {

    /** Dates of the suite are dates in China; "not in the past" and "overdue" are judged there. */

    private final NoticeRepository notices;
    private final AssignmentRepository assignments;
    private final AuditTrail audit;
    private final EventOutbox outbox;
    private final Clock clock;

    public Notices(NoticeRepository notices, AssignmentRepository assignments, AuditTrail audit, EventOutbox outbox,
                   Clock clock) {
        this.notices = notices;
        this.assignments = assignments;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    public Notice issue(NoticeRequests.Issue request, Caller caller) {
        if (!caller.isSupervisor()) {
            throw forbidden("Only the supervision office issues notices.");
        }
        if (request.respondBy().isBefore(today())) {
            throw new ProblemException(Problem.badRequest("The response date has passed already.",
                    List.of(new Problem.Violation("respondBy", "not-in-past", "must be today (" + today() + ") or later"))));
        }
        if (request.respondBy().isAfter(AssignmentLifecycle.LAST_DEADLINE)) {
            throw new ProblemException(Problem.badRequest("The response date is further off than any plan.",
                    List.of(new Problem.Violation("respondBy", "deadline-range",
                            "must be " + AssignmentLifecycle.LAST_DEADLINE + " or earlier"))));
        }
        String unitCode = request.unitCode().strip();
        List<Assignment> concerned = concerned(unitCode, request.assignmentIds());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.unitCode = unitCode;
        n.unitName = concerned.get(0).unitName;
        n.assignmentIds = new ArrayList<>(concerned.stream().map(a -> a.id).toList());
        n.title = request.title().strip();
        n.body = request.body().strip();
        n.respondBy = request.respondBy();
        n.state = NoticeState.OPEN;
        n.issuedBy = caller.name();
        n.issuedAt = now;
        notices.persist(n);
        return recorded(n, NoticeAction.ISSUED, caller, now);
    }

    public Notice respond(UUID id, String ifMatch, NoticeRequests.Response request, Caller caller) {
        Notice n = visible(id, caller);
        if (!caller.unit().map(n.unitCode::equals).orElse(false)) {
            throw forbidden("Only the officer of the unit the notice was issued to answers it.");
        }
        checkVersion(n, ifMatch);
        if (n.state != NoticeState.OPEN) {
            throw notAllowedNow("respond", n, caller);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        n.response = request.text().strip();
        n.respondedBy = caller.name();
        n.respondedAt = now;
        n.state = NoticeState.RESPONDED;
        return recorded(n, NoticeAction.RESPONDED, caller, now);
    }

    public Notice close(UUID id, String ifMatch, NoticeRequests.Close request, Caller caller) {
        Notice n = visible(id, caller);
        if (!caller.isSupervisor()) {
            throw forbidden("Only the supervision office closes notices.");
        }
        checkVersion(n, ifMatch);
        if (n.state == NoticeState.CLOSED) {
            throw notAllowedNow("close", n, caller);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        n.closeNote = request.note().strip();
        n.closedBy = caller.name();
        n.closedAt = now;
        n.state = NoticeState.CLOSED;
        return recorded(n, NoticeAction.CLOSED, caller, now);
    }

    /** The notice if the caller may see it: a unit officer only their unit's (others' are 404, as if absent). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Notice visible(UUID id, Caller caller) {
        return notices.findVisible(id, caller.confinedToUnit().orElse(null))
                .orElseThrow(() -> ProblemException.notFound("notice " + id));
    }

    /**
     * The assignments named, each of which must be the unit's; a repeated id counts once. Every
     * offending index is named, so a client can mark each wrong line at once.
     */
    private List<Assignment> concerned(String unitCode, List<UUID> ids) {
        List<Assignment> out = new ArrayList<>();
        List<Problem.Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (!seen.add(id)) {
                continue;
            }
            Assignment a = assignments.findById(id);
            if (a == null) {
                violations.add(new Problem.Violation("assignmentIds[" + i + "]", "unknown-assignment", "no assignment " + id));
            } else if (!a.unitCode.equals(unitCode)) {
                violations.add(new Problem.Violation("assignmentIds[" + i + "]", "other-unit",
                        "assignment " + id + " is not an assignment of " + unitCode));
            } else {
                out.add(a);
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.unprocessable("Assignments of another unit",
                    "A notice concerns assignments of the one unit it is issued to.", violations));
        }
        return out;
    }

    private Notice recorded(Notice n, NoticeAction action, Caller caller, OffsetDateTime at) {
        notices.flush(); // the new version is what the answer's ETag carries
        for (Assignment a : assignments.list("id in ?1", n.assignmentIds)) {
            // the notice changes no field of the assignment: before and after are the same snapshot
            audit.record(a, a.auditSnapshot(), caller.name(), action.auditAction(), n.title);
        }
        outbox.add(Topics.TASK, n.id.toString(), NoticeChanged.TYPE, n.changed(action, caller.name(), at));
        return n;
    }

    private static void checkVersion(Notice n, String ifMatch) {
        long expected = Versions.fromIfMatch(ifMatch);
        if (expected != n.version) {
            throw new ProblemException(Problem.of(412, "stale-version", "Changed meanwhile",
                    "The notice was changed after you read it (it is now at version " + n.version
                            + "). Read it again and reapply your change."));
        }
    }

    private static ProblemException notAllowedNow(String action, Notice n, Caller caller) {
        List<String> allowed = new ArrayList<>();
        if (n.state == NoticeState.OPEN && caller.unit().map(n.unitCode::equals).orElse(false)) {
            allowed.add("respond");
        }
        if (n.state != NoticeState.CLOSED && caller.isSupervisor()) {
            allowed.add("close");
        }
        return new ProblemException(new Problem("https://supervision.example.org/problems/transition-not-allowed",
                "Not allowed in this state", 409, "'" + action + "' is not allowed while the notice is " + n.state
                + "; allowed now: " + (allowed.isEmpty() ? "nothing for you" : String.join(", ", allowed)) + ".",
                null, List.of(), allowed));
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }
}
