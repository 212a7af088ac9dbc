package org.supervision.plan.unit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, UUID> {

    /** The unit whose name or one of whose aliases is exactly this text. */
    public Optional<Unit> findByNameOrAlias(String text) {
        return find("""
                select u from Unit u where u.name = ?1
                   or u.id in (select a.unitId from UnitAlias a where a.alias = ?1)""", text)
                .firstResultOptional();
    }

    public List<Unit> listPage(int page, int size) {
        return findAll(Sort.by("code")).page(page, size).list();
    }
}
