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

    /** Newest first; {@code unitCodes} null means every unit's items (supervisors), empty none. */
    public List<InboxItem> page(Set<String> unitCodes, boolean unreadOnly, int page, int size) {
        if (unitCodes != null && unitCodes.isEmpty()) {
            return List.of();
        }
        StringBuilder query = new StringBuilder("kind in :kinds");
        Parameters parameters = Parameters.with("kinds", KNOWN_KINDS);
        if (unitCodes != null) {
            query.append(" and unitCode in :units");
            parameters.and("units", unitCodes);
        }
        if (unreadOnly) {
            query.append(" and readAt is null");
        }
        return find(query.toString(), Sort.descending("createdAt", "id"), parameters).page(page, size).list();
    }

    /** Counts every unread item, also of a kind a newer replica wrote: it is unread all the same. */
    public long unread(Set<String> unitCodes) {
        if (unitCodes == null) {
            return count("readAt is null");
        }
        return unitCodes.isEmpty() ? 0 : count("unitCode in ?1 and readAt is null", unitCodes);
    }

    public Optional<InboxItem> findVisible(UUID id, Set<String> unitCodes) {
        if (unitCodes == null) {
            return find("id = ?1 and kind in ?2", id, KNOWN_KINDS).firstResultOptional();
        }
        return unitCodes.isEmpty() ? Optional.empty()
                : find("id = ?1 and unitCode in ?2 and kind in ?3", id, unitCodes, KNOWN_KINDS).firstResultOptional();
    }
}
