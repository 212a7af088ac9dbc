package org.supervision.task.review;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.task.assignment.Assignment;
import org.supervision.task.assignment.CompletionGate;
import org.supervision.task.progress.ProgressReport;

/** The plan's completion policy, checked when the supervisor completes work: 422 naming each rule not met. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PolicyCompletionGate implements CompletionGate {

    private final CompletionPolicies policies;
    private final EntityManager entityManager;

    public PolicyCompletionGate(CompletionPolicies policies, EntityManager entityManager) {
        this.policies = policies;
        this.entityManager = entityManager;
    }

    @Override
    public void check(Assignment assignment) {
        CompletionPolicy policy = policies.of(assignment.planId).orElse(null);
        if (policy == null || !policy.requireEvidence && !policy.requireTargetsMet) {
            return;
        }
        long evidence = policy.requireEvidence ? entityManager.createQuery(
                        "select count(e) from EvidenceFile e where e.assignmentId = :id", Long.class)
                .setParameter("id", assignment.id).getSingleResult() : 1;
        List<ProgressReport> reports = policy.requireTargetsMet ? entityManager.createQuery(
                        "from ProgressReport where assignmentId = :id order by reportedAt", ProgressReport.class)
                .setParameter("id", assignment.id).getResultList() : List.of();
        List<Problem.Violation> unmet = CompletionRules.unmet(policy.requireEvidence, policy.requireTargetsMet, evidence,
                assignment.targets, reports);
        if (!unmet.isEmpty()) {
            throw new ProblemException(Problem.unprocessable("Completion policy not met",
                    "The plan's completion policy does not allow 销号 yet: " + String.join("; ",
                            unmet.stream().map(Problem.Violation::message).toList()) + ".", unmet));
        }
    }
}
