package org.supervision.task.assignment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, UUID> {

    public boolean existsFor(UUID measureId, UUID unitId) {
        return count("measureId = ?1 and unitId = ?2", measureId, unitId) > 0;
    }

    /** Assignments visible in the list: all of them, or only one unit's when {@code unitCode} is set. */
    public List<Assignment> page(String unitCode, UUID planId, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (unitCode != null) {
            query.append(" and unitCode = :unit");
            parameters.and("unit", unitCode);
        }
        if (planId != null) {
            query.append(" and planId = :plan");
            parameters.and("plan", planId);
        }
        return find(query.toString(), Sort.by("deadline", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
                .and("id"), parameters).page(page, size).list();
    }

    public Optional<Assignment> findVisible(UUID id, String unitCode) {
        return unitCode == null ? findByIdOptional(id) : find("id = ?1 and unitCode = ?2", id, unitCode).firstResultOptional();
    }
}
