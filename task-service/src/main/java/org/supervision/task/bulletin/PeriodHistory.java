package org.supervision.task.bulletin;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.supervision.task.calendar.WorkingDayCalendar;
import org.supervision.task.supervision.DueDates;
import org.supervision.task.supervision.Frequency;

/**
 * Reads a period from history, not from today's state: each assignment's state and deadline as the audit trail
 * (assignment_audit: from and to states, the deadline in each entry's fields, timestamps) had them at the
 * period's end; completions in the period against the deadline as it stood when they were made; 催办 (URGE)
 * and returned completions (RETURN) from the trail; extensions approved in the period; and for plans with a
 * reporting cycle, each due date in the period an open assignment had no report for.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeriodHistory {

    /*
     * deadline_at: the deadline the newest entry before a moment recorded. Every assignment's trail starts with
     * ISSUE holding all its fields; an assignment without a trail (none in practice) falls back to its row.
     */
    private static final String QUERY = """
            select a.id, a.plan_id, a.plan_title, a.unit_code, a.unit_name, a.role, a.measure_number, a.measure_title,
                   coalesce((select e.to_state from assignment_audit e where e.assignment_id = a.id and e.at < :end
                             and e.to_state is not null order by e.seq desc limit 1), 'ISSUED') as state_end,
                   case when d.found then cast(d.deadline as date) else a.deadline end as deadline_end,
                   coalesce(c.on_time, 0), coalesce(c.late, 0),
                   (select count(*) from assignment_audit e where e.assignment_id = a.id and e.action = 'URGE'
                        and e.at >= :start and e.at < :end) as urges,
                   (select count(*) from assignment_audit e where e.assignment_id = a.id and e.action = 'RETURN'
                        and e.at >= :start and e.at < :end) as returned,
                   (select count(*) from extension_request x where x.assignment_id = a.id and x.state = 'APPROVED'
                        and x.decided_at >= :start and x.decided_at < :end) as extensions
            from assignment a
            left join lateral (select true as found, e.after ->> 'deadline' as deadline from assignment_audit e
                               where e.assignment_id = a.id and e.at < :end and jsonb_exists(e.after, 'deadline')
                               order by e.seq desc limit 1) d on true
            left join lateral (
                select count(*) filter (where cd.deadline is null
                                        or cast(k.at at time zone 'Asia/Shanghai' as date) <= cd.deadline) as on_time,
                       count(*) filter (where cd.deadline is not null
                                        and cast(k.at at time zone 'Asia/Shanghai' as date) > cd.deadline) as late
                from assignment_audit k
                left join lateral (select cast(e.after ->> 'deadline' as date) as deadline from assignment_audit e
                                   where e.assignment_id = k.assignment_id and e.seq <= k.seq and jsonb_exists(e.after, 'deadline')
                                   order by e.seq desc limit 1) cd on true
                where k.assignment_id = a.id and k.to_state = 'COMPLETED' and k.from_state is distinct from 'COMPLETED'
                  and k.at >= :start and k.at < :end) c on true
            where a.created_at < :end
              and (cast(:plan as uuid) is null or a.plan_id = cast(:plan as uuid))
            order by a.unit_code, a.plan_id, a.measure_number, a.id""";

    /** Open assignments of a plan at a due date's end that had no report since the due date before it. */
    private static final String MISSING = """
            select a.id from assignment a
            where a.plan_id = cast(:plan as uuid) and a.created_at < :dueEnd
              and coalesce((select e.to_state from assignment_audit e where e.assignment_id = a.id and e.at < :dueEnd
                            and e.to_state is not null order by e.seq desc limit 1), 'ISSUED') in ('ISSUED', 'ACCEPTED', 'IN_PROGRESS')
              and not exists (select 1 from progress_report r where r.assignment_id = a.id
                              and r.reported_at >= :previousEnd and r.reported_at < :dueEnd)""";

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;

    public PeriodHistory(EntityManager entityManager, WorkingDayCalendar calendar) {
        this.entityManager = entityManager;
        this.calendar = calendar;
    }

    /** The assignments that existed by the end of the period (of one plan, or all when planId is null). */
    public List<AssignmentHistory> of(Period period, UUID planId, OffsetDateTime end) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(QUERY)
                .setParameter("start", period.start()).setParameter("end", end)
                .setParameter("plan", planId == null ? null : planId.toString())
                .getResultList();
        Map<UUID, Long> missing = reportsMissing(period, planId, end);
        List<AssignmentHistory> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            out.add(new AssignmentHistory(id, (UUID) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], (String) r[8], date(r[9]), n(r[10]), n(r[11]), n(r[12]), n(r[13]), n(r[14]),
                    missing.getOrDefault(id, 0L)));
        }
        return out;
    }

    /** Per assignment, the due dates in the period (up to {@code end}) it had no report for. */
    private Map<UUID, Long> reportsMissing(Period period, UUID planId, OffsetDateTime end) {
        @SuppressWarnings("unchecked")
        List<Object[]> cycles = entityManager.createNativeQuery("""
                select cast(plan_id as text), frequency, due_day from reporting_cycle
                where cast(:plan as uuid) is null or plan_id = cast(:plan as uuid)""")
                .setParameter("plan", planId == null ? null : planId.toString()).getResultList();
        Map<UUID, Long> out = new HashMap<>();
        for (Object[] c : cycles) {
            DueDates dues = new DueDates(Frequency.valueOf((String) c[1]), ((Number) c[2]).intValue(), calendar);
            for (LocalDate due = dues.next(period.first()); !due.isAfter(period.last()); due = dues.next(due.plusDays(1))) {
                OffsetDateTime dueEnd = endOf(due);
                if (dueEnd.isAfter(end)) {
                    break; // a due date not yet passed is not missed
                }
                @SuppressWarnings("unchecked")
                List<Object> ids = entityManager.createNativeQuery(MISSING)
                        .setParameter("plan", c[0]).setParameter("dueEnd", dueEnd)
                        .setParameter("previousEnd", endOf(dues.previous(due))).getResultList();
                ids.forEach(id -> out.merge((UUID) id, 1L, Long::sum));
            }
        }
        return out;
    }

    static OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(org.supervision.task.api.ChinaTime.ZONE).toOffsetDateTime();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
