package org.supervision.platform.events.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/** Which failures park an event (the event's own, for good) and which stop the relay until the next sweep. */
class ParkedEventsTest {

    @Test
    void kafkasAnswerToTheRecordParksIt() {
        assertTrue(ParkedEvents.isPermanent(new RecordTooLargeException("too large")));
        assertTrue(ParkedEvents.isPermanent(new InvalidTopicException("bad topic")));
        assertTrue(ParkedEvents.isPermanent(new TopicAuthorizationException("not for you")));
        assertTrue(ParkedEvents.isPermanent(new CompletionException(new RecordTooLargeException("wrapped"))),
                "the answer counts however deep it is wrapped");
    }

    @Test
    void kafkaAwayBusyOrOurCredentialsAreRetriedWithTheRelay() {
        assertFalse(ParkedEvents.isPermanent(new NotLeaderOrFollowerException("moving")));
        assertFalse(ParkedEvents.isPermanent(new SaslAuthenticationException("bad password")));
        assertFalse(ParkedEvents.isPermanent(new TimeoutException("no acknowledgement")));
        assertFalse(ParkedEvents.isPermanent(new IllegalStateException("not Kafka's answer")));
    }

    @Test
    void theReasonNamesTheFailure() {
        assertEquals("RecordTooLargeException: too large", ParkedEvents.reasonOf(new RecordTooLargeException("too large")));
    }
}
