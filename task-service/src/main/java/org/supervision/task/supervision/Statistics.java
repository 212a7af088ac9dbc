package org.supervision.task.supervision;

import org.supervision.task.api.ChinaTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Numbers per plan, section or unit, computed by PostgreSQL in one grouped query: assignments by
 * state, completion and on-time completion rates, overdue work and its days, missing reports, urges by hand
 * (催办, {@code urges}: every urge of the group's assignments, cancelled and completed ones included). The
 * ranking for evaluation (考核) is derived from the per-unit numbers by the rule in {@link #score}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Statistics {

    public enum GroupBy { PLAN, SECTION, UNIT }

    /** One group's numbers. Rates are 0–1 with four decimals; null when there is nothing to rate. */
    public record Row(String key, String label, long total, Map<String, Long> byState, long completed,
                      BigDecimal completionRate, long completedOnTime, BigDecimal onTimeCompletionRate, long overdue,
                      long daysOverdue, long maxDaysOverdue, long reportsMissing, long red, long yellow,
                      long noticesOpen, long noticesOverdue, long urges) {
    }

    /** A unit's place in the ranking, with the score and the numbers it came from. */
    public record Ranked(int rank, String unitCode, String unitName, BigDecimal score, Row numbers) {
    }

    private static final String QUERY = """
            select %s as key, %s as label,
                   count(*) as total,
                   count(*) filter (where state = 'ISSUED'), count(*) filter (where state = 'ACCEPTED'),
                   count(*) filter (where state = 'DISPUTED'), count(*) filter (where state = 'IN_PROGRESS'),
                   count(*) filter (where state = 'COMPLETION_REQUESTED'), count(*) filter (where state = 'COMPLETED'),
                   count(*) filter (where state = 'CANCELLED'),
                   count(*) filter (where state = 'COMPLETED' and (deadline is null
                       or cast(completed_at at time zone 'Asia/Shanghai' as date) <= deadline)) as on_time,
                   count(*) filter (where state not in ('COMPLETED', 'CANCELLED') and deadline < cast(:today as date)) as overdue,
                   coalesce(sum(cast(:today as date) - deadline) filter (where state not in ('COMPLETED', 'CANCELLED')
                       and deadline < cast(:today as date)), 0) as days_overdue,
                   coalesce(max(cast(:today as date) - deadline) filter (where state not in ('COMPLETED', 'CANCELLED')
                       and deadline < cast(:today as date)), 0) as max_days_overdue,
                   count(*) filter (where w.report_missing and state not in ('COMPLETED', 'CANCELLED')) as reports_missing,
                   count(*) filter (where w.warning_level = 'RED') as red,
                   count(*) filter (where w.warning_level = 'YELLOW') as yellow,
                   coalesce(sum(assignment.urge_count), 0) as urges
            from assignment join assignment_warning w on w.assignment_id = assignment.id
            where (cast(:plan as uuid) is null or assignment.plan_id = cast(:plan as uuid))
              and (cast(:unit as text) is null or assignment.unit_code = cast(:unit as text))
              and (cast(:sources as text) is null or assignment.source = any(string_to_array(cast(:sources as text), ',')))
            group by 1, 2
            order by 1""";

    private static final String[] STATES = {"ISSUED", "ACCEPTED", "DISPUTED", "IN_PROGRESS", "COMPLETION_REQUESTED", "COMPLETED", "CANCELLED"};

    private final EntityManager entityManager;
    private final Clock clock;

    public Statistics(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public List<Row> compute(UUID planId, String unitCode, GroupBy groupBy) {
        return compute(planId, unitCode, groupBy, List.of());
    }

    /**
     * The numbers of the work from the {@code sources} named (a plan's, or supervision items' of a kind: 督办事项 of
     * leaders' instructions, 12345 complaints...); none named: all work. An item is its own plan (groupBy PLAN
     * shows each item as one group, keyed by its id).
     */
    public List<Row> compute(UUID planId, String unitCode, GroupBy groupBy, List<WorkSource> sources) {
        // the names of a fixed enum, joined: PostgreSQL splits them again (a bound array type is not portable here)
        String sourceList = sources == null || sources.isEmpty() ? null
                : String.join(",", sources.stream().map(WorkSource::name).distinct().toList());
        String key = switch (groupBy) {
            case PLAN -> "cast(assignment.plan_id as text)";
            case SECTION -> "coalesce(assignment.section, '')";
            case UNIT -> "assignment.unit_code";
        };
        String label = switch (groupBy) {
            case PLAN -> "max(assignment.plan_title)";
            case SECTION -> "coalesce(assignment.section, '')";
            case UNIT -> "max(assignment.unit_name)";
        };
        // key and label are chosen above from fixed text, never from the request
        String sql = QUERY.formatted(key, label).replace("group by 1, 2", groupBy == GroupBy.SECTION ? "group by 1, 2" : "group by 1");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql)
                .setParameter("today", ChinaTime.today(clock))
                .setParameter("plan", planId == null ? null : planId.toString())
                .setParameter("unit", unitCode)
                .setParameter("sources", sourceList)
                .getResultList();
        Map<String, long[]> notices = notices(key, planId, unitCode, sourceList);
        List<Row> out = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Long> byState = new LinkedHashMap<>();
            for (int i = 0; i < STATES.length; i++) {
                byState.put(STATES[i], n(r[3 + i]));
            }
            long total = n(r[2]);
            long cancelled = byState.get("CANCELLED");
            long completed = byState.get("COMPLETED");
            long onTime = n(r[10]);
            out.add(new Row((String) r[0], (String) r[1], total, byState, completed, rate(completed, total - cancelled), onTime,
                    rate(onTime, completed), n(r[11]), n(r[12]), n(r[13]), n(r[14]), n(r[15]), n(r[16]),
                    notices.getOrDefault((String) r[0], new long[2])[0], notices.getOrDefault((String) r[0], new long[2])[1],
                    n(r[17])));
        }
        return out;
    }

    /** Open and overdue 督办单 per group, through the assignments they concern (a notice counts once per group). */
    private Map<String, long[]> notices(String key, UUID planId, String unitCode, String sourceList) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select %s, count(distinct n.id), count(distinct n.id) filter (where n.respond_by < cast(:today as date))
                from notice n join notice_assignment na on na.notice_id = n.id join assignment on assignment.id = na.assignment_id
                where n.state = 'OPEN'
                  and (cast(:plan as uuid) is null or assignment.plan_id = cast(:plan as uuid))
                  and (cast(:unit as text) is null or assignment.unit_code = cast(:unit as text))
                  and (cast(:sources as text) is null or assignment.source = any(string_to_array(cast(:sources as text), ',')))
                group by 1""".formatted(key))
                .setParameter("today", ChinaTime.today(clock))
                .setParameter("plan", planId == null ? null : planId.toString())
                .setParameter("unit", unitCode)
                .setParameter("sources", sourceList)
                .getResultList();
        Map<String, long[]> out = new java.util.HashMap<>();
        rows.forEach(r -> out.put((String) r[0], new long[] {n(r[1]), n(r[2])}));
        return out;
    }

    /** Units ranked for evaluation (考核), best first; see {@link #score} for the rule. */
    public List<Ranked> ranking(UUID planId, String unitCode) {
        List<Row> units = compute(planId, unitCode, GroupBy.UNIT);
        List<Row> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing(Statistics::score).reversed()
                .thenComparingLong(Row::daysOverdue).thenComparing(Row::key));
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Row row = sorted.get(i);
            out.add(new Ranked(i + 1, row.key(), row.label(), score(row), row));
        }
        return out;
    }

    /**
     * The evaluation rule (documented in task-service/SUPERVISION.md): out of 100, 40 for the share of
     * work completed, 30 for the share completed on time, 30 for the share not overdue; minus 2 per
     * missing report and 5 per 督办单 left unanswered past its date; never below 0. Cancelled work does not count. Ties: fewer days overdue first,
     * then the unit code.
     */
    static BigDecimal score(Row row) {
        long counted = row.total() - row.byState().getOrDefault("CANCELLED", 0L);
        if (counted <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        double completion = (double) row.completed() / counted;
        double onTime = row.completed() == 0 ? 0 : (double) row.completedOnTime() / row.completed();
        double notOverdue = 1 - (double) row.overdue() / counted;
        double score = 40 * completion + 30 * onTime + 30 * notOverdue - 2 * row.reportsMissing() - 5 * row.noticesOverdue();
        return BigDecimal.valueOf(Math.max(0, score)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal rate(long part, long whole) {
        return whole <= 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
