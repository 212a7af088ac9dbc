package org.supervision.notification.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;

public record InboxItemView(UUID id, String unitCode, InboxItemKind kind, String title, String body, UUID assignmentId,
                            UUID planId, OffsetDateTime createdAt, OffsetDateTime readAt, UUID bulletinId) {

    static InboxItemView of(InboxItem item) {
        return new InboxItemView(item.id, item.unitCode, item.kind, item.title, item.body, item.assignmentId, item.planId,
                item.createdAt, item.readAt, item.bulletinId);
    }
}
