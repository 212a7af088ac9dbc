package org.supervision.notification.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.contracts.assignment.AssignmentIssued;
import org.supervision.contracts.reporting.ReportingCycleChanged;
import org.supervision.notification.calendar.WorkingDays;
import org.supervision.notification.events.Received;
import org.supervision.notification.reminder.AssignmentChanges;
import org.supervision.notification.reminder.ReminderKind;
import org.supervision.notification.reminder.ReminderPolicies;
import org.supervision.notification.reminder.ReminderPolicy;
import org.supervision.notification.reminder.ReminderPolicySaved;
import org.supervision.notification.reminder.ReminderSettings;
import org.supervision.notification.reminder.ReportingStates;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

/**
 * Keeps each unit's reporting reminders of a plan in step with the plan's cycle and policy: one
 * reminder per plan, unit and due date (N working days before, and on the day), however many
 * assignments the unit reports on there. A unit that has nothing left to report on in the plan, or
 * a plan whose cycle is removed, has its pending ones cancelled. Rows are kept up to
 * {@code reporting.horizon-days} ahead; the top-up moves the horizon on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportingReminders {

    static final List<String> KINDS = List.of(ReminderKind.REPORT_DUE_SOON.name(), ReminderKind.REPORT_DUE_TODAY.name());

    private final EntityManager entityManager;
    private final ReportingCycles cycles;
    private final ReminderPolicies policies;
    private final WorkingDays workingDays;
    private final ReminderSettings settings;
    private final Clock clock;

    public ReportingReminders(EntityManager entityManager, ReportingCycles cycles, ReminderPolicies policies,
                              WorkingDays workingDays, ReminderSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.cycles = cycles;
        this.policies = policies;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
    }

    /** Last of the observers of assignment.issued (see reminder's TaskEvents): the assignment is tracked by then. */
    void onIssued(@Observes @Priority(300) Received<AssignmentIssued> issued) {
        replanUnit(issued.data().planId(), issued.data().unitCode(), issued.eventId());
    }

    /** Last of the observers of assignment.changed: whether the unit still reports in the plan may have changed. */
    void onChanged(@Observes @Priority(400) Received<AssignmentChanged> received) {
        AssignmentChanged changed = received.data();
        if (!Objects.equals(changed.fromState(), changed.toState()) || AssignmentChanges.ends(changed)) {
            replanUnit(changed.planId(), changed.unitCode(), received.eventId());
        }
    }

    /** After ReportingCycles (priority 100) has kept the plan's new cycle. */
    void onCycleChanged(@Observes @Priority(200) Received<ReportingCycleChanged> changed) {
        replanPlan(changed.data().planId(), changed.eventId());
    }

    /** A plan's reminder policy was saved: its reporting reminders follow, in the same transaction. */
    void onPolicySaved(@Observes ReminderPolicySaved saved) {
        replanPlan(saved.planId(), saved.cause());
    }

    /** Every unit of the plan: after a cycle or policy change, and by the top-up. Returns how many units. */
    @SuppressWarnings("unchecked")
    public int replanPlan(UUID planId, String cause) {
        List<String> units = entityManager.createNativeQuery("""
                        select unit_code from tracked_assignment where plan_id = ?1 and open
                        union
                        select unit_code from reminder where plan_id = ?1 and assignment_id is null and status = 'PENDING'
                        order by 1""")
                .setParameter(1, planId).getResultList();
        Optional<ReportingCycles.Cycle> cycle = cycles.of(planId);
        ReminderPolicy policy = policies.of(planId);
        for (String unit : units) {
            replan(planId, unit, cycle, policy, cause);
        }
        return units.size();
    }

    /** One unit of the plan, after an event that may change whether it reports there. */
    public void replanUnit(UUID planId, String unitCode, String cause) {
        Optional<ReportingCycles.Cycle> cycle = cycles.of(planId);
        if (cycle.isEmpty()) {
            return; // the common case at publishing time; a removed cycle had its reminders cancelled then
        }
        replan(planId, unitCode, cycle, policies.of(planId), cause);
    }

    private void replan(UUID planId, String unit, Optional<ReportingCycles.Cycle> cycle, ReminderPolicy policy, String cause) {
        Instant now = clock.instant();
        Map<String, LocalDate> wanted = new LinkedHashMap<>(); // "KIND dueAt" → the report's due date
        boolean reports = cycle.isPresent() && reports(planId, unit);
        if (reports) {
            LocalDate today = LocalDate.ofInstant(now, settings.zone());
            ReportDueDates dueDates = cycle.get().dueDates(workingDays);
            for (LocalDate due : dueDates.between(today, today.plusDays(settings.reporting().horizonDays()))) {
                int before = policy.reportWorkingDaysBefore() == null ? 0 : policy.reportWorkingDaysBefore();
                if (before > 0) {
                    LocalDate day = workingDays.minus(due, before);
                    if (!day.isBefore(today)) {
                        wanted.put(key(ReminderKind.REPORT_DUE_SOON.name(), at(day)), due);
                    }
                }
                if (Boolean.TRUE.equals(policy.reportOnTheDay())) {
                    wanted.put(key(ReminderKind.REPORT_DUE_TODAY.name(), at(due)), due);
                }
            }
        }
        cancel(planId, unit, reports ? wanted : null);
        for (Map.Entry<String, LocalDate> entry : wanted.entrySet()) {
            String[] kindAndTime = entry.getKey().split(" ");
            // a recomputation finds what is there already (pending or sent) and adds nothing
            entityManager.createNativeQuery("""
                            insert into reminder (id, assignment_id, plan_id, unit_code, kind, due_at, deadline, status,
                                                  source_event_id, created_at)
                            values (?1, null, ?2, ?3, ?4, ?5, ?6, 'PENDING', ?7, ?8)
                            on conflict (plan_id, unit_code, kind, due_at) where assignment_id is null and status <> 'CANCELLED'
                            do nothing""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, planId).setParameter(3, unit)
                    .setParameter(4, kindAndTime[0]).setParameter(5, Instant.parse(kindAndTime[1]).atOffset(ZoneOffset.UTC))
                    .setParameter(6, entry.getValue()).setParameter(7, cause).setParameter(8, now.atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        }
    }

    /**
     * Cancels the unit's pending reporting reminders that are not {@code wanted} (all of them when
     * null). One already due but not yet sent is still owed and stays, unless the unit no longer reports.
     */
    @SuppressWarnings("unchecked")
    private void cancel(UUID planId, String unit, Map<String, LocalDate> wanted) {
        if (wanted == null) {
            entityManager.createNativeQuery("""
                            update reminder set status = 'CANCELLED'
                            where plan_id = ?1 and unit_code = ?2 and assignment_id is null and status = 'PENDING'
                            and kind in ('REPORT_DUE_SOON', 'REPORT_DUE_TODAY')""")
                    .setParameter(1, planId).setParameter(2, unit).executeUpdate();
            return;
        }
        Instant now = clock.instant();
        List<Tuple> pending = entityManager.createNativeQuery("""
                        select id, kind, due_at from reminder
                        where plan_id = ?1 and unit_code = ?2 and assignment_id is null and status = 'PENDING'
                        and kind in ('REPORT_DUE_SOON', 'REPORT_DUE_TODAY')""", Tuple.class)
                .setParameter(1, planId).setParameter(2, unit).getResultList();
        for (Tuple row : pending) {
            Instant dueAt = instant(row.get(2));
            if (!wanted.containsKey(key((String) row.get(1), dueAt)) && dueAt.isAfter(now)) {
                entityManager.createNativeQuery("update reminder set status = 'CANCELLED' where id = ?1 and status = 'PENDING'")
                        .setParameter(1, row.get(0)).executeUpdate();
            }
        }
    }

    /** The unit has work in the plan it reports on (task-service's rule for a missing report). */
    private boolean reports(UUID planId, String unit) {
        return !entityManager.createNativeQuery("select 1 from tracked_assignment where plan_id = ?1 and unit_code = ?2 and open and "
                        + ReportingStates.SQL + " limit 1")
                .setParameter(1, planId).setParameter(2, unit).getResultList().isEmpty();
    }

    private Instant at(LocalDate day) {
        return day.atTime(settings.sendAt()).atZone(settings.zone()).toInstant();
    }

    private static String key(String kind, Instant dueAt) {
        return kind + " " + dueAt;
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a point in time: " + value);
    }
}
