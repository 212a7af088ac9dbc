package org.supervision.notification.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.supervision.contracts.reporting.ReportingCycleChanged;
import org.supervision.notification.calendar.WorkingDays;
import org.supervision.notification.events.Received;
import org.supervision.platform.events.inbox.UnreadableEventException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

/**
 * The plans' reporting cycles as task-service publishes them (ReportingReminders then recomputes the
 * plan's reporting reminders).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportingCycles {

    /** A plan's cycle: e.g. MONTHLY due on the 5th. */
    public record Cycle(UUID planId, String frequency, int dueDay, long version) {

        public ReportDueDates dueDates(WorkingDays days) {
            return new ReportDueDates(frequency, dueDay, days);
        }
    }

    private final EntityManager entityManager;
    private final Clock clock;

    public ReportingCycles(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** First of the observers of reporting-cycle.changed (see reminder's TaskEvents); ReportingReminders follows. */
    void onChanged(@Observes @Priority(100) Received<ReportingCycleChanged> changed) {
        changed(changed.eventId(), changed.data());
    }

    public void changed(String eventId, ReportingCycleChanged changed) {
        if (changed.planId() == null || changed.action() == null || changed.version() == null) {
            throw new UnreadableEventException("reporting-cycle.changed " + eventId + " without planId, action or version");
        }
        if ("REMOVED".equals(changed.action())) {
            entityManager.createNativeQuery("delete from reporting_cycle where plan_id = ?1")
                    .setParameter(1, changed.planId()).executeUpdate();
        } else {
            try {
                new ReportDueDates(changed.frequency(), changed.dueDay() == null ? 0 : changed.dueDay(), null);
            } catch (IllegalArgumentException e) {
                throw new UnreadableEventException("reporting-cycle.changed " + eventId + ": " + e.getMessage(), e);
            }
            // events of one plan arrive in order; the version also keeps an older setting from undoing a newer one
            entityManager.createNativeQuery("""
                            insert into reporting_cycle (plan_id, frequency, due_day, version, updated_at)
                            values (?1, ?2, ?3, ?4, ?5)
                            on conflict (plan_id) do update set frequency = excluded.frequency, due_day = excluded.due_day,
                                version = excluded.version, updated_at = excluded.updated_at
                            where reporting_cycle.version <= excluded.version""")
                    .setParameter(1, changed.planId()).setParameter(2, changed.frequency())
                    .setParameter(3, changed.dueDay()).setParameter(4, changed.version())
                    .setParameter(5, OffsetDateTime.now(clock)).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public Optional<Cycle> of(UUID planId) {
        List<Tuple> rows = entityManager.createNativeQuery(
                        "select frequency, due_day, version from reporting_cycle where plan_id = ?1", Tuple.class)
                .setParameter(1, planId).getResultList();
        return rows.stream().findFirst().map(r -> new Cycle(planId, (String) r.get(0), ((Number) r.get(1)).intValue(),
                ((Number) r.get(2)).longValue()));
    }

    @SuppressWarnings("unchecked")
    public List<UUID> plans() {
        return entityManager.createNativeQuery("select plan_id from reporting_cycle order by plan_id").getResultList();
    }
}
