package org.supervision.platform.events.inbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The start's check of the purge window; moved here from task- and notification-service's purge tests. */
class ProcessedEventPurgeWindowTest {

    @Test
    void theWindowMustBeLongerThanTheTopicsRetention() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ProcessedEventPurge.requireLongerThanRetention(Duration.ofDays(7), Duration.ofDays(7), 1000));
        assertTrue(refused.getMessage().contains("supervision.inbox.keep-processed-events (PT168H) must be longer than "
                + "supervision.inbox.topic-retention (PT168H)"), refused.getMessage());
        assertThrows(IllegalStateException.class,
                () -> ProcessedEventPurge.requireLongerThanRetention(Duration.ofDays(3), Duration.ofDays(7), 1000));
        assertDoesNotThrow(() -> ProcessedEventPurge.requireLongerThanRetention(Duration.ofDays(30), Duration.ofDays(7), 1000));
    }

    @Test
    void aChunkOfNothingIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ProcessedEventPurge.requireLongerThanRetention(Duration.ofDays(30), Duration.ofDays(7), 0));
        assertTrue(refused.getMessage().contains("supervision.inbox.purge-chunk"), refused.getMessage());
    }
}
