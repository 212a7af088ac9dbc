package org.supervision.task.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.Versions;

/**
 * Setting and reading a plan's completion policy (what 销号 requires). A change names the version it was made
 * against (If-Match, as a reporting cycle does); every setting is appended to the policy's trail.
 */
@ApplicationScoped
@Transactional
public class CompletionPolicies {

    /** The policy a supervisor sets; both flags are required so that a setting never means "keep whatever it was". */
    public record Setting(@NotNull Boolean requireEvidence, @NotNull Boolean requireTargetsMet) {
    }

    public record View(UUID planId, boolean requireEvidence, boolean requireTargetsMet, long version, String updatedBy,
                       OffsetDateTime updatedAt) {
        static View of(CompletionPolicy p) {
            return new View(p.planId, p.requireEvidence, p.requireTargetsMet, p.version, p.updatedBy, p.updatedAt);
        }
    }

    public record ChangeView(long version, boolean requireEvidence, boolean requireTargetsMet, String changedBy,
                             OffsetDateTime changedAt) {
        static ChangeView of(CompletionPolicyChange c) {
            return new ChangeView(c.version, c.requireEvidence, c.requireTargetsMet, c.changedBy, c.changedAt);
        }
    }

    private final EntityManager entityManager;
    private final Clock clock;

    public CompletionPolicies(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Creates the policy (no If-Match needed) or changes it (If-Match required: 428 without, 412 when stale). */
    public View set(UUID planId, Setting setting, String ifMatch, String by) {
        boolean known = !entityManager.createQuery("select a.id from Assignment a where a.planId = :plan")
                .setParameter("plan", planId).setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            throw ProblemException.notFound("plan " + planId + " (no assignments yet)");
        }
        CompletionPolicy existing = entityManager.find(CompletionPolicy.class, planId);
        if (existing == null && ifMatch != null && !ifMatch.isBlank() && !"*".equals(ifMatch.strip())) {
            throw new ProblemException(Problem.of(412, "stale-version", "Changed meanwhile",
                    "This plan has no completion policy to match. Read it again and reapply your change."));
        }
        if (existing != null && (ifMatch == null || !"*".equals(ifMatch.strip()))) {
            long expected = Versions.fromIfMatch(ifMatch);
            if (expected != existing.version) {
                throw new ProblemException(Problem.of(412, "stale-version", "Changed meanwhile",
                        "The completion policy was changed after you read it (it is now at version " + existing.version
                                + "). Read it again and reapply your change."));
            }
        }
        CompletionPolicy policy = existing != null ? existing : new CompletionPolicy();
        policy.planId = planId;
        policy.requireEvidence = setting.requireEvidence();
        policy.requireTargetsMet = setting.requireTargetsMet();
        policy.updatedBy = by;
        policy.updatedAt = OffsetDateTime.now(clock);
        if (existing == null) {
            entityManager.persist(policy);
        }
        entityManager.flush(); // the new version is what the trail and the ETag carry
        CompletionPolicyChange change = new CompletionPolicyChange();
        change.planId = planId;
        change.version = policy.version;
        change.requireEvidence = policy.requireEvidence;
        change.requireTargetsMet = policy.requireTargetsMet;
        change.changedBy = by;
        change.changedAt = policy.updatedAt;
        entityManager.persist(change);
        return View.of(policy);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CompletionPolicy> of(UUID planId) {
        return Optional.ofNullable(entityManager.find(CompletionPolicy.class, planId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeView> history(UUID planId) {
        return entityManager.createQuery("from CompletionPolicyChange where planId = :plan order by seq", CompletionPolicyChange.class)
                .setParameter("plan", planId).getResultList().stream().map(ChangeView::of).toList();
    }
}
