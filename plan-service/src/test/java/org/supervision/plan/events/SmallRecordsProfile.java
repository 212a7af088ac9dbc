package org.supervision.plan.events;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Kafka limits small enough for a test to pass them: the producer takes records up to 100,000 bytes,
 * the outbox events up to 20,000, and a parked event is tried again after a second.
 */
public class SmallRecordsProfile implements QuarkusTestProfile {

    public static final int MAX_REQUEST_SIZE = 100_000;
    public static final int MAX_EVENT_BYTES = 20_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mp.messaging.outgoing.outbox.max.request.size", String.valueOf(MAX_REQUEST_SIZE),
                "supervision.outbox.max-event-bytes", String.valueOf(MAX_EVENT_BYTES),
                "supervision.outbox.parked-retry", "1s",
                "supervision.outbox.parked-retry-max", "2s");
    }
}
