package org.supervision.plan.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** What a plan list may be filtered by; null means any. */
    public record Filter(PlanStatus status, Integer year, String q, String issuer) {
    }

    /** Plans matching {@code filter}, newest first; {@code q} matches title or 文号. */
    public List<Plan> search(Filter filter, int page, int size) {
        Query q = where(filter);
        return find("select p from Plan p where " + q.where + " order by p.createdAt desc, p.id", q.params)
                .page(page, size).list();
    }

    public long count(Filter filter) {
        Query q = where(filter);
        return find("select p from Plan p where " + q.where, q.params).count();
    }

    private record Query(String where, Parameters params) {
    }

    private static Query where(Filter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            params.and("status", filter.status());
        }
        if (filter.year() != null) {
            where.append(" and p.year = :year");
            params.and("year", filter.year());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(p.title) like :q or lower(p.docNumber) like :q)");
            params.and("q", like(filter.q()));
        }
        if (filter.issuer() != null && !filter.issuer().isBlank()) {
            where.append(" and lower(p.issuer) like :issuer");
            params.and("issuer", like(filter.issuer()));
        }
        return new Query(where.toString(), params);
    }

    private static String like(String text) {
        return "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
