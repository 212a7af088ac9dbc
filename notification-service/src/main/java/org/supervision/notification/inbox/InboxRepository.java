package org.supervision.notification.inbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InboxRepository implements PanacheRepositoryBase<InboxItem, UUID> {

    /** Newest first; {@code unitCode} null means every unit's items (supervisors). */
    public List<InboxItem> page(String unitCode, boolean unreadOnly, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (unitCode != null) {
            query.append(" and unitCode = :unit");
            parameters.and("unit", unitCode);
        }
        if (unreadOnly) {
            query.append(" and readAt is null");
        }
        return find(query.toString(), Sort.descending("createdAt", "id"), parameters).page(page, size).list();
    }

    public long unread(String unitCode) {
        return unitCode == null ? count("readAt is null") : count("unitCode = ?1 and readAt is null", unitCode);
    }

    public Optional<InboxItem> findVisible(UUID id, String unitCode) {
        return unitCode == null ? findByIdOptional(id) : find("id = ?1 and unitCode = ?2", id, unitCode).firstResultOptional();
    }
}
