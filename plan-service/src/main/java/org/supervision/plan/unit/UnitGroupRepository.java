package org.supervision.plan.unit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class UnitGroupRepository implements PanacheRepositoryBase<UnitGroup, UUID> {

    public List<UnitGroup> listAllWithAliases() {
        return find("select distinct g from UnitGroup g left join fetch g.aliases left join fetch g.members").list();
    }

    public List<UnitGroup> listByCode() {
        return find("order by code").list();
    }
}
