package org.supervision.task.notice;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<Notice, UUID> {

    /** Newest first; the id keeps pages from overlapping when two notices share a timestamp. */
    private static final String NEWEST_FIRST = " order by n.issuedAt desc, n.id";
    private static final String FROM = "from Notice n where ";

    public Optional<Notice> findVisible(UUID id, String unitCode) {
        return unitCode == null ? findByIdOptional(id) : find("id = ?1 and unitCode = ?2", id, unitCode).firstResultOptional();
    }

    public List<Notice> page(NoticeFilter filter, int page, int size) {
        Query q = where(filter);
        return find(FROM + q.where + NEWEST_FIRST, q.params).page(page, size).list();
    }

    public long count(NoticeFilter filter) {
        Query q = where(filter);
        return find(FROM + q.where, q.params).count();
    }

    public NoticeCounts counts(NoticeFilter filter) {
        Query q = where(filter);
        Map<NoticeState, Long> byState = new EnumMap<>(NoticeState.class);
        List<Object[]> rows = bind(getEntityManager().createQuery(
                "select n.state, count(n) from Notice n where " + q.where + " group by n.state", Object[].class), q.params)
                .getResultList();
        rows.forEach(row -> byState.put((NoticeState) row[0], (Long) row[1]));
        long overdue = count(new NoticeFilter(filter.unitCode(), filter.planId(), filter.states(), true, filter.today()));
        return new NoticeCounts(byState.getOrDefault(NoticeState.OPEN, 0L), overdue,
                byState.getOrDefault(NoticeState.RESPONDED, 0L), byState.getOrDefault(NoticeState.CLOSED, 0L));
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query, Parameters params) {
        params.map().forEach(query::setParameter);
        return query;
    }

    private record Query(String where, Parameters params) {
    }

    private static Query where(NoticeFilter f) {
        StringBuilder w = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (f.unitCode() != null) {
            w.append(" and n.unitCode = :unit");
            p.and("unit", f.unitCode());
        }
        if (f.planId() != null) {
            // a notice belongs to a plan when one of its assignments does
            w.append(" and exists (select a.id from Assignment a where a.planId = :plan and a.id member of n.assignmentIds)");
            p.and("plan", f.planId());
        }
        if (f.states() != null && !f.states().isEmpty()) {
            w.append(" and n.state in :states");
            p.and("states", f.states());
        }
        if (f.overdue() != null) {
            w.append(f.overdue() ? " and n.state = :open and n.respondBy < :today"
                    : " and (n.state <> :open or n.respondBy >= :today)");
            p.and("open", NoticeState.OPEN).and("today", f.today());
        }
        return new Query(w.toString(), p);
    }
}
