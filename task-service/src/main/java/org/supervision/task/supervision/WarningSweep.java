package org.supervision.task.supervision;

import org.supervision.task.api.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.supervision.task.calendar.WorkingDayCalendar;
import org.supervision.platform.events.outbox.EventOutbox;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Recomputes every assignment's warning level and missing-report flag in one set-based statement
 * (on the narrow assignment_warning table, so the assignment rows are only read), and records a
 * warning transition for each assignment whose level or missing-report flag moved; the outbox relay
 * publishes each as supervision.assignment.warning-changed.v1 after the commit — one event per
 * transition (both moving at once is one transition), none for a sweep that changes nothing. The
 * flag alone counts because notification-service tells the unit the day its report goes missing. A PostgreSQL advisory lock lets only one replica sweep at a time.
 */
@ApplicationScoped
public class WarningSweep {

    /** What a sweep did. */
    public record Result(boolean ran, LocalDate today, int changed, int transitions, long millis) {
    }

    private static final String SWEEP = """
            with leveled as (
                select id, old_level, old_missing, missing, state, deadline, unit_code, plan_id, measure_id, measure_number, measure_title,
                       %s as new_level
                from (select a.id, a.state, a.deadline, a.unit_code, a.plan_id, a.measure_id, a.measure_number, a.measure_title,
                             w.warning_level as old_level, w.report_missing as old_missing,
                             (rc.last_due_end is not null
                              and a.state in ('ISSUED', 'ACCEPTED', 'IN_PROGRESS')
                              and a.created_at < rc.last_due_end
                              and (a.last_report_at is null
                                   or (rc.prev_due_end is not null and a.last_report_at < rc.prev_due_end))) as missing
                      from assignment a
                      join assignment_warning w on w.assignment_id = a.id
                      left join reporting_cycle rc on rc.plan_id = a.plan_id) computed
            ), changed as (
                update assignment_warning w set warning_level = l.new_level, report_missing = l.missing,
                                                changed_at = cast(:now as timestamptz)
                from leveled l
                where w.assignment_id = l.id and (l.old_level <> l.new_level or l.old_missing <> l.missing)
                returning w.assignment_id as id, l.old_level, w.warning_level, l.old_missing, w.report_missing, l.unit_code,
                          l.plan_id, l.measure_id, l.measure_number, l.measure_title, l.deadline, l.state
            ), published as (
                insert into warning_transition (assignment_id, from_level, to_level, previous_report_missing, report_missing,
                                                unit_code, plan_id, measure_id, measure_number, measure_title, deadline, state,
                                                changed_at)
                select id, old_level, warning_level, old_missing, report_missing, unit_code, plan_id, measure_id, measure_number,
                       measure_title, deadline, state, cast(:now as timestamptz)
                from changed
                returning 1
            )
            select count(*) from published""".formatted(WarningPolicy.LEVEL_SQL); // the rule, from its one definition

    private final EntityManager entityManager;
    private final WarningPolicy policy;
    private final WorkingDayCalendar calendar;
    private final Event<EventOutbox.Written> written;
    private final Clock clock;

    public WarningSweep(EntityManager entityManager, WarningPolicy policy, WorkingDayCalendar calendar,
                        Event<EventOutbox.Written> written, Clock clock) {
        this.entityManager = entityManager;
        this.policy = policy;
        this.calendar = calendar;
        this.written = written;
        this.clock = clock;
    }

    @Scheduled(every = "${supervision.warning.sweep-every:10m}", delayed = "${supervision.warning.sweep-delay:10s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Result r = run();
        if (r.ran() && r.changed() > 0) {
            Log.infof("warning sweep for %s: %d assignments changed, %d transitions recorded for the relay in %d ms",
                    r.today(), r.changed(), r.transitions(), r.millis());
        }
    }

    @Transactional
    public Result run() {
        long start = System.nanoTime();
        LocalDate today = ChinaTime.today(clock);
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('warning-sweep'))")
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new Result(false, today, 0, 0, 0);
        }
        refreshCycleWindows(today);
        OffsetDateTime now = OffsetDateTime.now(clock);
        // each changed assignment is one recorded transition, so one count answers for both
        int transitions = ((Number) entityManager.createNativeQuery(SWEEP)
                .setParameter("today", today)
                .setParameter("yellowUntil", policy.yellowUntil(today))
                .setParameter("now", now)
                .getSingleResult()).intValue();
        if (transitions > 0) {
            written.fire(new EventOutbox.Written()); // the relay sends them after the commit
        }
        return new Result(true, today, transitions, transitions, (System.nanoTime() - start) / 1_000_000);
    }

    /** Each plan's last passed due date and the one before it, as instants at the end of those days in China. */
    private void refreshCycleWindows(LocalDate today) {
        List<ReportingCycle> cycles = entityManager.createQuery("from ReportingCycle", ReportingCycle.class).getResultList();
        for (ReportingCycle cycle : cycles) {
            DueDates dueDates = new DueDates(cycle.frequency, cycle.dueDay, calendar);
            LocalDate last = dueDates.lastPassed(today);
            LocalDate previous = dueDates.previous(last);
            if (!last.equals(cycle.lastDue)) {
                cycle.lastDue = last;
                cycle.lastDueEnd = endOf(last);
                cycle.prevDueEnd = endOf(previous);
            }
        }
        entityManager.flush();
    }

    static OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }
}
