package org.supervision.notification.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.supervision.notification.api.Problem;
import org.supervision.notification.api.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reading a unit's inbox and marking items read. */
@ApplicationScoped
@Transactional
public class Inbox {

    private final InboxRepository items;
    private final Clock clock;

    public Inbox(InboxRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InboxItemView> page(String unitCode, boolean unreadOnly, int page, int size) {
        return items.page(unitCode, unreadOnly, page, size).stream().map(InboxItemView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(String unitCode) {
        return items.unread(unitCode);
    }

    /**
     * Marks the item read (once: a second call keeps the first time). Only the unit's own officer
     * does: "read" records that the unit has seen a reminder or a 督办单, so the supervision office and
     * leaders, who see every inbox, must not set it for them. Others' items stay invisible (404).
     *
     * @param unitCode the unit the caller is confined to, or null for a caller who sees every unit
     */
    public void markRead(UUID id, String unitCode) {
        InboxItem item = items.findVisible(id, unitCode).orElseThrow(() -> ProblemException.notFound("inbox item " + id));
        if (unitCode == null) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden",
                    "Only the officer of unit " + item.unitCode + " marks its inbox items read."));
        }
        if (item.readAt == null) {
            item.readAt = OffsetDateTime.now(clock);
        }
    }
}
