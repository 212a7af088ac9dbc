package org.supervision.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Lateness is the dispatch time minus the due time, one sample per reminder sent. */
class ReminderLatenessTest {

    private static final Instant SENT = Instant.parse("2024-09-20T01:00:10Z");

    @Test
    void eachSentReminderIsOneSampleOfHowLateItWent() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ReminderLateness lateness = new ReminderLateness(registry);
        lateness.sent(List.of(SENT.minusSeconds(10), SENT.minusSeconds(70), SENT), SENT);
        Timer timer = registry.get("supervision.reminder.lateness").timer();
        assertEquals(3, timer.count());
        assertEquals(80, timer.totalTime(TimeUnit.SECONDS), 0.001);
        assertEquals(70, timer.max(TimeUnit.SECONDS), 0.001);
    }

    @Test
    void aReminderDueAfterTheDispatchersClockIsNotEarlyButOnTime() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new ReminderLateness(registry).sent(List.of(SENT.plusSeconds(5)), SENT);
        assertEquals(0, registry.get("supervision.reminder.lateness").timer().totalTime(TimeUnit.SECONDS));
    }

    @Test
    void nothingSentNothingRecorded() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new ReminderLateness(registry).sent(List.of(), SENT);
        assertEquals(0, registry.get("supervision.reminder.lateness").timer().count());
    }
}
