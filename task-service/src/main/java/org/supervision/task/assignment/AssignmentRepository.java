package org.supervision.task.assignment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, UUID> {

    /** When anything shown last changed: the row or its warning (see Assignment#lastChangedAt). */
    private static final String LAST_CHANGED = "greatest(updatedAt, warningChangedAt)";

    static final List<AssignmentState> CLOSED = List.of(AssignmentState.COMPLETED, AssignmentState.CANCELLED);

    /** The orders a list can come in; each ends with the id so that pages never overlap. */
    public enum Order {
        DEADLINE(Sort.by("deadline", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("id")),
        DEADLINE_DESC(Sort.by("deadline", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("id")),
        UPDATED(Sort.by(LAST_CHANGED).and("id").disableEscaping()),
        UPDATED_DESC(Sort.by(LAST_CHANGED, Sort.Direction.Descending).and("id").disableEscaping()),
        MEASURE(Sort.by("planId").and("measureNumber").and("unitCode").and("id"));

        final Sort sort;

        Order(Sort sort) {
            this.sort = sort;
        }
    }

    /**
     * The unit leads the measure, and so reads its cooperating units' reports and evidence: it holds a
     * LEAD assignment on it that is not cancelled (a reassignment or a cancel ends the lead).
     */
    public boolean leads(String unitCode, UUID measureId) {
        return count("measureId = ?1 and unitCode = ?2 and role = ?3 and state <> ?4",
                measureId, unitCode, Role.LEAD, AssignmentState.CANCELLED) > 0;
    }

    public boolean existsFor(UUID measureId, UUID unitId) {
        return count("measureId = ?1 and unitId = ?2", measureId, unitId) > 0;
    }

    public List<Assignment> page(AssignmentFilter filter, Order order, int page, int size) {
        Query q = where(filter);
        return find(q.where, order.sort, q.params).page(page, size).list();
    }

    public long count(AssignmentFilter filter) {
        Query q = where(filter);
        return find(q.where, q.params).count();
    }

    private record Query(String where, Parameters params) {
    }

    private static Query where(AssignmentFilter f) {
        StringBuilder w = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (f.unitCode() != null) {
            w.append(" and unitCode = :unit");
            p.and("unit", f.unitCode());
        }
        if (f.planId() != null) {
            w.append(" and planId = :plan");
            p.and("plan", f.planId());
        }
        if (f.section() != null) {
            w.append(" and section = :section");
            p.and("section", f.section());
        }
        if (f.measureId() != null) {
            w.append(" and (measureId = :measure or parentMeasureId = :measure)");
            p.and("measure", f.measureId());
        }
        if (f.role() != null) {
            w.append(" and role = :role");
            p.and("role", f.role());
        }
        if (f.states() != null && !f.states().isEmpty()) {
            w.append(" and state in :states");
            p.and("states", f.states());
        }
        if (f.warningLevels() != null && !f.warningLevels().isEmpty()) {
            w.append(" and warningLevel in :levels");
            p.and("levels", f.warningLevels());
        }
        if (f.dueBefore() != null) {
            w.append(" and deadline < :dueBefore");
            p.and("dueBefore", f.dueBefore());
        }
        if (f.dueAfter() != null) {
            w.append(" and deadline > :dueAfter");
            p.and("dueAfter", f.dueAfter());
        }
        if (f.overdue() != null) {
            w.append(f.overdue() ? " and deadline < :today and state not in :closed"
                    : " and (deadline is null or deadline >= :today or state in :closed)");
            p.and("today", f.today()).and("closed", CLOSED);
        }
        if (f.updatedSince() != null) {
            w.append(" and (updatedAt > :updatedSince or warningChangedAt > :updatedSince)");
            p.and("updatedSince", f.updatedSince());
        }
        return new Query(w.toString(), p);
    }

    /** Open (not completed, not cancelled) assignments of a measure. */
    public List<Assignment> openFor(UUID measureId) {
        return list("measureId = ?1 and state not in ?2", measureId, CLOSED);
    }

    /** A unit known from the plans that named it, by its code. */
    public Optional<Assignment.UnitRef> knownUnit(String code) {
        return find("unitCode = ?1 order by createdAt desc", code).firstResultOptional()
                .map(a -> new Assignment.UnitRef(a.unitId, a.unitCode, a.unitName));
    }

    public Optional<Assignment> findVisible(UUID id, String unitCode) {
        return unitCode == null ? findByIdOptional(id) : find("id = ?1 and unitCode = ?2", id, unitCode).firstResultOptional();
    }
}
