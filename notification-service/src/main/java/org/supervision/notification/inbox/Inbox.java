package org.supervision.notification.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

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

    /** Marks the item read (once: a second call keeps the first time). */
    public void markRead(UUID id, String unitCode) {
        InboxItem item = items.findVisible(id, unitCode).orElseThrow(() -> ProblemException.notFound("inbox item " + id));
        if (item.readAt == null) {
            item.readAt = OffsetDateTime.now(clock);
        }
    }
}
