package org.supervision.platform.events.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One record an {@link OutboxFeed} hands the relay: the event as it goes on the wire ({@code key} is its
 * aggregate), and {@code row}, the feed's own row it came from.
 */
public record Outgoing(UUID id, String topic, String key, String type, String payload, OffsetDateTime createdAt,
                       Object row) {
}
