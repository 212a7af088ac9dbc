package org.supervision.notification.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.supervision.notification.access.InboxReader;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

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
    public List<InboxItemView> page(InboxReader reader, boolean unreadOnly, int page, int size) {
        return items.page(reader.units(), unreadOnly, page, size).stream().map(InboxItemView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(InboxReader reader) {
        return items.unread(reader.units());
    }

    /**
     * Marks the item read (once: a second call keeps the first time). Only the unit's own officer
     * does (for the supervision office's own inbox: its supervisors and admins): "read" records that the unit has seen a reminder or a 督办单, so the supervision office,
     * leaders and integrations, who read inboxes too, must not set it for them. Items the caller does
     * not read stay invisible (404).
     */
    public void markRead(UUID id, InboxReader reader) {
        InboxItem item = items.findVisible(id, reader.units()).orElseThrow(() -> ProblemException.notFound("inbox item " + id));
        if (!reader.marksRead(item.unitCode)) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden",
                    "Only the officer of unit " + item.unitCode + " marks its inbox items read."));
        }
        if (item.readAt == null) {
            item.readAt = OffsetDateTime.now(clock);
        }
    }
}
