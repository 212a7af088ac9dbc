package org.supervision.platform.events.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The backlog gauges read what the last measurement found; the oldest event's age grows with the clock. */
class OutboxBacklogTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final OutboxBacklog backlog = new OutboxBacklog(null, Clock.fixed(NOW, ZoneOffset.UTC), registry);

    @Test
    void anEmptyOutboxHasNoBacklogAndNoAge() {
        backlog.measured(0, null);
        assertEquals(0, registry.get("supervision.outbox.backlog.events").gauge().value());
        assertEquals(0, registry.get("supervision.outbox.oldest.age").gauge().value());
    }

    @Test
    void eventsWaitingShowTheirCountAndTheOldestsAgeInSeconds() {
        backlog.measured(3, OffsetDateTime.ofInstant(NOW.minusSeconds(90), ZoneOffset.ofHours(8)));
        assertEquals(3, registry.get("supervision.outbox.backlog.events").gauge().value());
        assertEquals(90, registry.get("supervision.outbox.oldest.age").gauge().value(), 0.001);
    }

    @Test
    void anEventFromTheFutureOfThisReplicasClockIsNoNegativeAge() {
        backlog.measured(1, OffsetDateTime.ofInstant(NOW.plusSeconds(5), ZoneOffset.UTC));
        assertEquals(0, registry.get("supervision.outbox.oldest.age").gauge().value());
    }
}
