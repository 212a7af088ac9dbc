package org.supervision.task.ranking;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.supervision.task.api.SqlTimes;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.Versions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The plans' ranking rules, versioned: a change is a new version made against the version the caller read
 * (If-Match; the default rule is version 0), with who and when; every version stays readable. The newest is
 * the rule in force.
 */
@ApplicationScoped
@Transactional
public class RankingRules {

    /** One version of a plan's rule; version 0 is the default nobody set. */
    public record Version(UUID planId, long version, RankingRule rule, String reason, String changedBy, OffsetDateTime changedAt) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    public RankingRules(EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    /** The rule in force for a plan: its newest version, or the default. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Version current(UUID planId) {
        List<Version> newest = select(planId, "order by version desc limit 1", null);
        return newest.isEmpty() ? new Version(planId, 0, RankingRule.DEFAULT, null, null, null) : newest.get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RankingRule ruleOf(UUID planId) {
        return planId == null ? RankingRule.DEFAULT : current(planId).rule();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Version> version(UUID planId, long version) {
        if (version == 0) {
            return Optional.of(new Version(planId, 0, RankingRule.DEFAULT, null, null, null));
        }
        return select(planId, "and version = :version", version).stream().findFirst();
    }

    /** Every version, newest first (the audit of the rule). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Version> history(UUID planId) {
        return select(planId, "order by version desc", null);
    }

    /** A new version against the one the caller read (428 without If-Match, 412 when stale). */
    public Version change(UUID planId, RankingRule rule, String reason, String ifMatch, String by) {
        long expected = Versions.fromIfMatch(ifMatch);
        boolean known = !entityManager.createNativeQuery("select 1 from assignment where plan_id = cast(:plan as uuid) limit 1")
                .setParameter("plan", planId.toString()).getResultList().isEmpty();
        if (!known) {
            throw ProblemException.notFound("plan " + planId + " (no assignments yet)");
        }
        // the plan's row lock: two changes against one version cannot both pass the check
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(cast(:plan as text)))")
                .setParameter("plan", planId.toString()).getSingleResult();
        long now = current(planId).version();
        Versions.check(expected, now, "The ranking rule");
        OffsetDateTime at = OffsetDateTime.now(clock);
        entityManager.createNativeQuery("""
                insert into ranking_rule (plan_id, version, lead, cooperating, reason, changed_by, changed_at)
                values (cast(:plan as uuid), :version, cast(:lead as jsonb), cast(:cooperating as jsonb), :reason, :by, :at)""")
                .setParameter("plan", planId.toString()).setParameter("version", now + 1)
                .setParameter("lead", write(rule.lead())).setParameter("cooperating", write(rule.cooperating()))
                .setParameter("reason", reason).setParameter("by", by).setParameter("at", at)
                .executeUpdate();
        return new Version(planId, now + 1, rule, reason, by, at);
    }

    private List<Version> select(UUID planId, String tail, Long version) {
        var query = entityManager.createNativeQuery("""
                select version, cast(lead as text), cast(cooperating as text), reason, changed_by, changed_at
                from ranking_rule where plan_id = cast(:plan as uuid)""" + " " + tail)
                .setParameter("plan", planId.toString());
        if (version != null) {
            query.setParameter("version", version);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Version(planId, ((Number) r[0]).longValue(),
                new RankingRule(read((String) r[1]), read((String) r[2])), (String) r[3], (String) r[4], SqlTimes.offsetDateTime(r[5]))).toList();
    }

    private String write(Weights w) {
        try {
            return json.writeValueAsString(w);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("weights could not be written", e);
        }
    }

    private Weights read(String text) {
        try {
            return json.readValue(text, Weights.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored weights could not be read", e);
        }
    }

    /** 404 for a version that does not exist. */
    public static ProblemException noSuchVersion(UUID planId, long version) {
        return ProblemException.notFound("version " + version + " of the ranking rule of plan " + planId);
    }
}
