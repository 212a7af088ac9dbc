package org.supervision.notification.delivery;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A delivery as operators see it ({@code digestId}: a unit's daily digest mail; {@code cancelReason}: why a
 * CANCELLED one is not sent); the body (mail text, signed JSON) stays in the database.
 */
public record DeliveryView(UUID id, UUID reminderId, UUID digestId, Channel channel, String recipient, String subject,
                           DeliveryStatus status, int attempts, String lastError, String cancelReason, OffsetDateTime nextTryAt,
                           OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id, d.reminderId, d.digestId, d.channel, d.recipient, d.subject, d.status, d.attempts,
                d.lastError, d.cancelReason, d.nextTryAt, d.createdAt, d.updatedAt);
    }
}
