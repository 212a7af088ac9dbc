package org.supervision.notification.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.contracts.assignment.WarningChanged;
import org.supervision.notification.calendar.WorkingDays;
import org.supervision.notification.events.Received;
import org.supervision.notification.reminder.ReminderSettings;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The "report missing" (报送缺失) notice: when task-service's sweep finds a unit's report missing
 * for the cycle's last due date, the unit is told that day, once per plan and day however many of
 * its assignments went missing (it is a reminder of the unit, due at the send time of the day, or
 * at once when that has passed). A report that arrives before it is sent, for every assignment
 * that was missing, cancels it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportMissingNotice {

    private final EntityManager entityManager;
    private final ReportingCycles cycles;
    private final WorkingDays workingDays;
    private final ReminderSettings settings;
    private final Clock clock;

    public ReportMissingNotice(EntityManager entityManager, ReportingCycles cycles, WorkingDays workingDays,
                               ReminderSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.cycles = cycles;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
    }

    /** First of the observers of warning-changed (see reminder's TaskEvents): the flag before any new schedule. */
    void onWarningChanged(@Observes @Priority(100) Received<WarningChanged> changed) {
        warningChanged(changed.eventId(), changed.data());
    }

    /** After the schedule (100) and review outcomes (200), before the unit's reporting reminders (400). */
    void onChanged(@Observes @Priority(300) Received<AssignmentChanged> received) {
        AssignmentChanged changed = received.data();
        if ("REPORT".equals(changed.action())) {
            reported(changed.assignmentId(), changed.planId(), changed.unitCode());
        }
    }

    public void warningChanged(String eventId, WarningChanged changed) {
        if (changed.reportMissing() != null) {
            entityManager.createNativeQuery("update tracked_assignment set report_missing = ?1 where assignment_id = ?2")
                    .setParameter(1, changed.reportMissing()).setParameter(2, changed.assignmentId()).executeUpdate();
        }
        if (!reportWentMissing(changed)) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        LocalDate missedDue = cycles.of(changed.planId()).map(c -> c.dueDates(workingDays).lastPassed(today)).orElse(null);
        // due at the day's send time: the same row for every assignment of the unit that goes missing today
        Instant dueAt = today.atTime(settings.sendAt()).atZone(settings.zone()).toInstant();
        entityManager.createNativeQuery("""
                        insert into reminder (id, assignment_id, plan_id, unit_code, kind, due_at, deadline, status,
                                              source_event_id, created_at)
                        values (?1, null, ?2, ?3, 'REPORT_MISSING', ?4, ?5, 'PENDING', ?6, ?7)
                        on conflict (plan_id, unit_code, kind, due_at) where assignment_id is null and status <> 'CANCELLED'
                        do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, changed.planId()).setParameter(3, changed.unitCode())
                .setParameter(4, dueAt.atOffset(ZoneOffset.UTC)).setParameter(5, missedDue).setParameter(6, eventId)
                .setParameter(7, now.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /** The report went missing with this sweep (an event without the previous flag: when it says missing). */
    static boolean reportWentMissing(WarningChanged changed) {
        return Boolean.TRUE.equals(changed.reportMissing()) && !Boolean.TRUE.equals(changed.previousReportMissing());
    }

    /** The unit reported on an assignment: not missing any more; with nothing left missing, a pending notice is void. */
    public void reported(UUID assignmentId, UUID planId, String unitCode) {
        entityManager.createNativeQuery("update tracked_assignment set report_missing = false where assignment_id = ?1")
                .setParameter(1, assignmentId).executeUpdate();
        entityManager.createNativeQuery("""
                        update reminder set status = 'CANCELLED'
                        where plan_id = ?1 and unit_code = ?2 and assignment_id is null and kind = 'REPORT_MISSING'
                        and status = 'PENDING'
                        and not exists (select 1 from tracked_assignment t where t.plan_id = ?1 and t.unit_code = ?2
                                        and t.open and t.report_missing)""")
                .setParameter(1, planId).setParameter(2, unitCode).executeUpdate();
    }
}
