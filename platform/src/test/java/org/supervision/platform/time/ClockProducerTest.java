package org.supervision.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The service's one clock: the real time in UTC, moved by supervision.clock.offset for a fault drill. */
class ClockProducerTest {

    @Test
    void withoutAnOffsetTheClockIsTheSystemsInUtc() {
        assertEquals(Clock.systemUTC(), new ClockProducer().clock(Duration.ZERO));
    }

    @Test
    void anOffsetMovesTheClockByThatMuchInBothDirections() {
        for (Duration offset : new Duration[] {Duration.ofDays(1), Duration.ofHours(-3)}) {
            Instant before = Instant.now();
            Clock clock = new ClockProducer().clock(offset);
            Instant moved = clock.instant();
            Instant after = Instant.now();
            assertTrue(!moved.isBefore(before.plus(offset)) && !moved.isAfter(after.plus(offset)), offset + ": " + moved);
            assertEquals(ZoneOffset.UTC, clock.getZone());
        }
    }
}
