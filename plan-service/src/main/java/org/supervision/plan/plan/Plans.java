package org.supervision.plan.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.supervision.platform.api.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

/** Reading plans, as the caller may see them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Plans {

    /** A page of plans and how many match in all. */
    public record Page(List<PlanSummary> items, long total) {
    }

    private final PlanRepository plans;
    private final EntityManager entityManager;

    public Plans(PlanRepository plans, EntityManager entityManager) {
        this.plans = plans;
        this.entityManager = entityManager;
    }

    /** The plan, or 404 when it does not exist or the caller may not see it (the same answer, on purpose). */
    public Plan get(UUID id, SecurityIdentity caller) {
        Plan plan = plans.findById(id);
        if (plan == null || !PlanReaders.mayRead(caller, plan)) {
            throw ProblemException.notFound("plan " + id);
        }
        return plan;
    }

    public Page list(PlanRepository.Filter filter, int page, int size, SecurityIdentity caller) {
        if (!PlanReaders.mayReadDrafts(caller)) {
            if (filter.status() == PlanStatus.DRAFT) {
                return new Page(List.of(), 0);
            }
            filter = new PlanRepository.Filter(PlanStatus.PUBLISHED, filter.year(), filter.q(), filter.issuer());
        }
        List<Plan> found = plans.search(filter, page, size);
        Map<UUID, Long> counts = measureCounts(found);
        List<PlanSummary> items = found.stream().map(p -> new PlanSummary(p.id, p.title, p.docNumber, p.issuer, p.year,
                p.status, counts.getOrDefault(p.id, 0L), p.version, p.createdAt, p.publishedAt)).toList();
        return new Page(items, plans.count(filter));
    }

    private Map<UUID, Long> measureCounts(List<Plan> found) {
        Map<UUID, Long> counts = new HashMap<>();
        if (found.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = entityManager.createQuery("""
                select m.plan.id, count(m) from Measure m
                where m.plan.id in :ids and m.parent is null and m.status = :active group by m.plan.id""", Object[].class)
                .setParameter("ids", found.stream().map(p -> p.id).toList())
                .setParameter("active", MeasureStatus.ACTIVE)
                .getResultList();
        rows.forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        return counts;
    }
}
