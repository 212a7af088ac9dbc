package org.supervision.notification.inbox;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InboxRepository implements PanacheRepositoryBase<InboxItem, UUID> {

    /**
     * Items are read into entities only of the kinds this version knows: during a rolling upgrade an
     * item of a newer replica's kind is shown by a replica that knows it, instead of failing the page here.
     */
    private static final Set<InboxItemKind> KNOWN_KINDS = EnumSet.allOf(InboxItemKind.class);

    /** Newest first; {@code unitCode} null means every unit's items (supervisors). */
    public List<InboxItem> page(String unitCode, boolean unreadOnly, int page, int size) {
        StringBuilder query = new StringBuilder("kind in :kinds");
        Parameters parameters = Parameters.with("kinds", KNOWN_KINDS);
        if (unitCode != null) {
            query.append(" and unitCode = :unit");
            parameters.and("unit", unitCode);
        }
        if (unreadOnly) {
            query.append(" and readAt is null");
        }
        return find(query.toString(), Sort.descending("createdAt", "id"), parameters).page(page, size).list();
    }

    /** Counts every unread item, also of a kind a newer replica wrote: it is unread all the same. */
    public long unread(String unitCode) {
        return unitCode == null ? count("readAt is null") : count("unitCode = ?1 and readAt is null", unitCode);
    }

    public Optional<InboxItem> findVisible(UUID id, String unitCode) {
        return unitCode == null ? find("id = ?1 and kind in ?2", id, KNOWN_KINDS).firstResultOptional()
                : find("id = ?1 and unitCode = ?2 and kind in ?3", id, unitCode, KNOWN_KINDS).firstResultOptional();
    }
}
