package org.supervision.task.evidence;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.task.access.Caller;
import org.supervision.task.assignment.Assignment;
import org.supervision.task.assignment.AssignmentRepository;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may add and who may read an assignment's evidence. Anyone else hears 404 for the assignment,
 * as if it did not exist, so that ids reveal nothing.
 */
@RequestScoped
public class EvidenceAccess {

    private final AssignmentRepository assignments;
    private final Caller caller;
    private final SecurityIdentity identity;

    public EvidenceAccess(AssignmentRepository assignments, Caller caller, SecurityIdentity identity) {
        this.assignments = assignments;
        this.caller = caller;
        this.identity = identity;
    }

    /** The assignment, if the caller is the officer of its unit: only the unit attests its own work. */
    public Assignment toAddTo(UUID assignmentId) {
        Assignment a = assignments.findVisible(assignmentId, caller.confinedToUnit().orElse(null))
                .orElseThrow(() -> notFound(assignmentId));
        if (!caller.unit().map(a.unitCode::equals).orElse(false)) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden",
                    "Only the responsible unit's officer adds evidence to its assignment."));
        }
        return a;
    }

    /**
     * The assignment, if the caller may read its evidence: its unit; the supervision office and
     * leaders; and the lead unit of the same measure, which consolidates its cooperating units'
     * work. Integrations see assignments but not the files: they are not among those who need them.
     */
    public Assignment toRead(UUID assignmentId) {
        Assignment a = assignments.findByIdOptional(assignmentId).orElseThrow(() -> notFound(assignmentId));
        if (identity.hasRole("supervisor") || identity.hasRole("admin") || identity.hasRole("leader")) {
            return a;
        }
        String unit = caller.unit().orElse(null);
        if (unit != null && (unit.equals(a.unitCode) || assignments.leads(unit, a.measureId))) {
            return a;
        }
        throw notFound(assignmentId);
    }

    private static ProblemException notFound(UUID assignmentId) {
        return ProblemException.notFound("assignment " + assignmentId);
    }
}
