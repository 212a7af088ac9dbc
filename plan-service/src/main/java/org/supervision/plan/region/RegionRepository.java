package org.supervision.plan.region;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    /** Every region with its prefixes, by code: a province has a few hundred at most. */
    public List<Region> listAllWithPrefixes() {
        return find("select distinct r from Region r left join fetch r.prefixes order by r.code").list();
    }
}
