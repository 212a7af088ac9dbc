package org.supervision.plan.plan;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    public List<Plan> listPage(int page, int size) {
        return findAll(Sort.descending("createdAt").and("id")).page(page, size).list();
    }
}
