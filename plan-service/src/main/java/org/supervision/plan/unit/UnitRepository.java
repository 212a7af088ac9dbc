package org.supervision.plan.unit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, UUID> {

    /** Every unit with its aliases, in one query: the whole directory is a few hundred rows. */
    public List<Unit> listAllWithAliases() {
        return find("select distinct u from Unit u left join fetch u.aliases").list();
    }

    /** The region's units with their aliases (null: those without a region). */
    public List<Unit> listInRegion(String regionCode) {
        return regionCode == null
                ? find("select distinct u from Unit u left join fetch u.aliases where u.regionCode is null").list()
                : find("select distinct u from Unit u left join fetch u.aliases where u.regionCode = ?1", regionCode).list();
    }

    public Optional<Unit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Units matching the filters, by code; {@code q} matches name, short name, code or alias. */
    public List<Unit> search(String q, String kind, UnitStatus status, String region, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(u.name) like :q or lower(u.code) like :q or lower(u.shortName) like :q"
                    + " or exists (select 1 from Unit v join v.aliases a where v = u and lower(a) like :q))");
            params.and("q", "%" + q.strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (kind != null) {
            where.append(" and u.kind = :kind");
            params.and("kind", kind);
        }
        if (region != null && !region.isBlank()) {
            where.append(" and u.regionCode = :region");
            params.and("region", region.strip());
        }
        if (status != null) {
            where.append(" and u.status = :status");
            params.and("status", status);
        }
        return find("select u from Unit u where " + where + " order by u.code", params).page(page, size).list();
    }
}
