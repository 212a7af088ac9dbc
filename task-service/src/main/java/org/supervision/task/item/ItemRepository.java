package org.supervision.task.item;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.supervision.task.assignment.Assignment;
import org.supervision.task.assignment.AssignmentState;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Items and their state, which their assignments decide (see {@link ItemState}). */
@ApplicationScoped
public class ItemRepository implements PanacheRepositoryBase<SupervisionItem, UUID> {

    /** Newest first; the id keeps pages from overlapping when two items share a timestamp. */
    private static final String NEWEST_FIRST = " order by i.createdAt desc, i.id";
    private static final String FROM = "from SupervisionItem i where ";
    private static final List<AssignmentState> CLOSED = List.of(AssignmentState.COMPLETED, AssignmentState.CANCELLED);

    private static final String OPEN_WORK = "exists (select a.id from Assignment a where a.itemId = i.id and a.state not in :closed)";
    private static final String COMPLETED_WORK = "exists (select a.id from Assignment a where a.itemId = i.id and a.state = :completed)";

    /** The item if the caller may see it: a unit officer only an item that assigns their unit (others' are 404). */
    public Optional<SupervisionItem> findVisible(UUID id, String unitCode) {
        if (unitCode == null) {
            return findByIdOptional(id);
        }
        return find("from SupervisionItem i where i.id = :id and exists (select a.id from Assignment a where a.itemId = i.id "
                + "and a.unitCode = :unit)", Parameters.with("id", id).and("unit", unitCode)).firstResultOptional();
    }

    public List<SupervisionItem> page(ItemFilter filter, int page, int size) {
        Query q = where(filter);
        return find(FROM + q.where + NEWEST_FIRST, q.params).page(page, size).list();
    }

    public long count(ItemFilter filter) {
        Query q = where(filter);
        return find(FROM + q.where, q.params).count();
    }

    /** The work of each of the items (a page of them) in one query: lead units first, then by unit code. */
    public java.util.Map<UUID, List<Assignment>> workOf(List<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return java.util.Map.of();
        }
        return getEntityManager().createQuery("from Assignment a where a.itemId in :items order by a.role desc, a.unitCode, "
                        + "a.createdAt", Assignment.class)
                .setParameter("items", itemIds).getResultList().stream()
                .collect(java.util.stream.Collectors.groupingBy(a -> a.itemId, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
    }

    /** The item's state from its work. */
    public static ItemState stateOf(List<Assignment> work) {
        if (work.stream().anyMatch(Assignment::isOpen)) {
            return ItemState.OPEN;
        }
        return work.stream().anyMatch(a -> a.state == AssignmentState.COMPLETED) ? ItemState.COMPLETED : ItemState.CANCELLED;
    }

    private record Query(String where, Parameters params) {
    }

    private static Query where(ItemFilter f) {
        StringBuilder w = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (f.sources() != null && !f.sources().isEmpty()) {
            w.append(" and i.source in :sources");
            p.and("sources", f.sources());
        }
        if (f.unitCode() != null) {
            w.append(" and exists (select a.id from Assignment a where a.itemId = i.id and a.unitCode = :unit)");
            p.and("unit", f.unitCode());
        }
        if (f.states() != null && !f.states().isEmpty()) {
            List<String> any = new java.util.ArrayList<>();
            for (ItemState state : f.states()) {
                any.add(switch (state) {
                    case OPEN -> OPEN_WORK;
                    case COMPLETED -> "(not " + OPEN_WORK + " and " + COMPLETED_WORK + ")";
                    case CANCELLED -> "(not " + OPEN_WORK + " and not " + COMPLETED_WORK + ")";
                });
            }
            w.append(" and (").append(String.join(" or ", any)).append(")");
            p.and("closed", CLOSED);
            if (f.states().stream().anyMatch(s -> s != ItemState.OPEN)) {
                p.and("completed", AssignmentState.COMPLETED);
            }
        }
        return new Query(w.toString(), p);
    }
}
