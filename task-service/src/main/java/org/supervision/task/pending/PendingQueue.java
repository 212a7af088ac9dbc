package org.supervision.task.pending;

import org.supervision.task.api.SqlTimes;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The office's to-do queue across plans, read in one statement: assignments waiting for 销号 or for a dispute's
 * decision (since the audit trail's REQUEST_COMPLETION or DISPUTE that put them there), pending extension
 * requests (since they were asked) and answered 督办单 (since the answer), oldest first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PendingQueue {

    /** Every branch yields the same columns; the plan and kind filters apply to the union. */
    private static final String WAITING = """
            select 'COMPLETION_REQUEST' as kind,
                   coalesce((select max(au.at) from assignment_audit au
                             where au.assignment_id = a.id and au.action = 'REQUEST_COMPLETION'), a.updated_at) as since,
                   a.plan_id, a.plan_title, a.id as assignment_id, a.measure_number, a.measure_title, a.unit_code,
                   a.unit_name, cast(null as uuid) as extension_id, cast(null as date) as requested_deadline,
                   cast(null as uuid) as notice_id, cast(null as text) as notice_title, a.pending_reason as detail
            from assignment a where a.state = 'COMPLETION_REQUESTED'
            union all
            select 'DISPUTE',
                   coalesce((select max(au.at) from assignment_audit au
                             where au.assignment_id = a.id and au.action = 'DISPUTE'), a.updated_at),
                   a.plan_id, a.plan_title, a.id, a.measure_number, a.measure_title, a.unit_code, a.unit_name,
                   null, null, null, null, a.pending_reason
            from assignment a where a.state = 'DISPUTED'
            union all
            select 'EXTENSION_REQUEST', e.requested_at, a.plan_id, a.plan_title, a.id, a.measure_number, a.measure_title,
                   a.unit_code, a.unit_name, e.id, e.requested_deadline, null, null, e.reason
            from extension_request e join assignment a on a.id = e.assignment_id where e.state = 'PENDING'
            union all
            select 'NOTICE_RESPONSE', n.responded_at, a.plan_id, a.plan_title, a.id, a.measure_number, a.measure_title,
                   n.unit_code, n.unit_name, null, null, n.id, n.title, n.response
            from notice n
            join lateral (select x.* from notice_assignment na join assignment x on x.id = na.assignment_id
                          where na.notice_id = n.id order by na.position limit 1) a on true
            where n.state = 'RESPONDED'""";

    private static final String PLAN = "(cast(:plan as uuid) is null or q.plan_id = cast(:plan as uuid))";

    private final EntityManager entityManager;

    public PendingQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page, oldest first (ties: kind, then id, so that pages never overlap); {@code kind} null for all kinds. */
    public PendingPage page(UUID planId, PendingKind kind, int page, int size) {
        String plan = planId == null ? null : planId.toString();
        String kindName = kind == null ? null : kind.name();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select * from (" + WAITING + ") q where " + PLAN
                        + " and (cast(:kind as text) is null or q.kind = cast(:kind as text))"
                        + " order by q.since, q.kind, q.extension_id, q.notice_id, q.assignment_id"
                        + " limit :size offset :offset")
                .setParameter("plan", plan).setParameter("kind", kindName)
                .setParameter("size", size).setParameter("offset", (long) page * size)
                .getResultList();
        List<PendingItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(item(r));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> byKind = entityManager.createNativeQuery("select q.kind, count(*) from (" + WAITING + ") q where "
                        + PLAN + " group by q.kind")
                .setParameter("plan", plan).getResultList();
        Map<PendingKind, Long> counts = new EnumMap<>(PendingKind.class);
        for (PendingKind k : PendingKind.values()) {
            counts.put(k, 0L);
        }
        byKind.forEach(r -> counts.put(PendingKind.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        long total = kind == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(kind);
        return new PendingPage(items, counts, total, page, size);
    }

    private static PendingItem item(Object[] r) {
        PendingKind kind = PendingKind.valueOf((String) r[0]);
        UUID assignmentId = uuid(r[4]);
        UUID extensionId = uuid(r[9]);
        UUID noticeId = uuid(r[11]);
        String path = switch (kind) {
            case COMPLETION_REQUEST -> "/api/v1/assignments/" + assignmentId + "/review";
            case DISPUTE -> "/api/v1/assignments/" + assignmentId + "/dispute-decision";
            case EXTENSION_REQUEST -> "/api/v1/assignments/" + assignmentId + "/extensions/" + extensionId + "/decision";
            case NOTICE_RESPONSE -> "/api/v1/notices/" + noticeId + "/close";
        };
        return new PendingItem(kind, SqlTimes.offsetDateTime(r[1]), uuid(r[2]), (String) r[3], assignmentId, (String) r[5], (String) r[6],
                (String) r[7], (String) r[8], extensionId, date(r[10]), noticeId, (String) r[12], (String) r[13], path);
    }

    private static UUID uuid(Object o) {
        return o == null ? null : o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : o instanceof Date d ? d.toLocalDate() : LocalDate.parse(o.toString());
    }
}
