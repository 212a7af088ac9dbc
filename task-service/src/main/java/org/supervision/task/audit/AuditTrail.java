package org.supervision.task.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The append-only record of every change of an assignment, written in the change's transaction.
 * Fields are compared before and after, so the trail shows exactly what moved.
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager entityManager;
    private final Clock clock;

    public AuditTrail(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Audited assignment, Map<String, Object> before, String actor, String action, String reason) {
        Map<String, Object> after = assignment.auditSnapshot();
        AuditEntry entry = new AuditEntry();
        entry.assignmentId = assignment.auditedId();
        entry.at = OffsetDateTime.now(clock);
        entry.actor = actor;
        entry.action = action;
        entry.fromState = before == null ? null : (String) before.get("state");
        entry.toState = (String) after.get("state");
        entry.before = before == null ? null : changed(before, after);
        entry.after = before == null ? after : changed(after, before);
        entry.reason = reason;
        entityManager.persist(entry);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> of(UUID assignmentId) {
        return entityManager.createQuery("from AuditEntry where assignmentId = :id order by seq", AuditEntry.class)
                .setParameter("id", assignmentId).getResultList();
    }

    /** The entries of {@code values} that differ in {@code other}: only what changed is kept. */
    private static Map<String, Object> changed(Map<String, Object> values, Map<String, Object> other) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!Objects.equals(v, other.get(k))) {
                out.put(k, v);
            }
        });
        return out;
    }
}
