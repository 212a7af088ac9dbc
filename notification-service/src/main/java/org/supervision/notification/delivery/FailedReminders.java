package org.supervision.notification.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Records a reminder the dispatcher cannot send: FAILED with the reason and the time, one WARN line
 * (id, kind, unit code and reason: no text of the reminder, no address) and the counter
 * {@code supervision_reminders_failed_total{kind}}, so that an alert can tell someone to look at
 * {@code GET /api/v1/reminders} before the unit notices what it was never told.
 */
@ApplicationScoped
public class FailedReminders {

    static final String METRIC = "supervision.reminders.failed";

    private final EntityManager entityManager;
    private final MeterRegistry registry;

    public FailedReminders(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.registry = registry;
    }

    /**
     * Marks the reminder FAILED in a transaction of its own; false when it is no longer PENDING or
     * another dispatcher holds it (that one decides: it may even have sent it meanwhile).
     */
    boolean mark(UUID reminderId, DispatchFailure failure, Instant now) {
        // native, not the entity: a row whose values the entity cannot hold must be markable too
        @SuppressWarnings("unchecked")
        List<Object[]> marked = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        update reminder r set status = 'FAILED', failure_reason = ?1, failed_at = ?2
                        where r.id = (select id from reminder where id = ?3 and status = 'PENDING' for update skip locked)
                        returning r.kind, coalesce(r.unit_code,
                            (select t.unit_code from tracked_assignment t where t.assignment_id = r.assignment_id))""")
                .setParameter(1, failure.reason()).setParameter(2, now.atOffset(ZoneOffset.UTC)).setParameter(3, reminderId)
                .getResultList());
        if (marked.isEmpty()) {
            return false;
        }
        String kind = String.valueOf(marked.get(0)[0]);
        Log.warnf("reminder %s (%s, unit %s) cannot be sent and is FAILED: %s", reminderId, kind, marked.get(0)[1],
                failure.reason());
        registry.counter(METRIC, "kind", kind).increment();
        return true;
    }
}
