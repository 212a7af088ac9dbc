package org.supervision.task.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.contracts.unit.UnitChanged;
import org.supervision.contracts.unit.UnitGroupChanged;
import org.supervision.task.testing.IncomingEvents;
import org.supervision.platform.events.inbox.ProcessedEventPurge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The ids of processed events are kept for supervision.inbox.keep-processed-events (30 days), not for ever. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class ProcessedEventPurgeTest {

    private static final String UNIT_TOPIC = "supervision.unit.v1";
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject ProcessedEventPurge purge;
    @Inject EntityManager entityManager;

    @Test
    void idsOlderThanTheWindowArePurgedInChunksAndRecentOnesKept() {
        Instant now = Instant.now();
        String run = UUID.randomUUID().toString();
        for (int i = 0; i < 120; i++) { // more than two chunks of 50 (the tests' purge-chunk)
            insert("purge-old-" + run + "-" + i, now.minus(Duration.ofDays(31)));
        }
        insert("purge-recent-" + run, now.minus(Duration.ofDays(29)));

        assertTrue(purge.purge(now) >= 120);
        assertEquals(0, count("purge-old-" + run + "-%"));
        assertEquals(1, count("purge-recent-" + run));
        assertEquals(0, purge.purge(now), "a second run finds nothing more");
    }

    /** Within the window a redelivered event is still ignored; the window, not for ever, is the bound. */
    @Test
    void aRedeliveredEventWithinTheWindowIsStillIgnored() {
        String code = "QZ-PURGE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID unitId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = IncomingEvents.event(UUID.fromString(eventId), UnitChanged.CREATED, unitId,
                new UnitChanged(unitId, code, "新设单位", null, "department", null, "ACTIVE", List.of(), 0L));
        kafka.sendCloudEvent(UNIT_TOPIC, unitId.toString(), event);
        await("unit " + code, () -> updatedAt(unitId) != null);
        String applied = updatedAt(unitId);

        purge.purge(Instant.now().plus(Duration.ofDays(29)));
        assertEquals(1, count(eventId), "29 days after: still within the window");

        kafka.sendCloudEvent(UNIT_TOPIC, unitId.toString(), event); // redelivered
        String marker = UUID.randomUUID().toString(); // same key, same partition: processed after the redelivery
        kafka.sendCloudEvent(UNIT_TOPIC, unitId.toString(), IncomingEvents.event(UUID.fromString(marker), UnitGroupChanged.TYPE,
                unitId, new UnitGroupChanged(unitId, "test-group", "测试组", List.of(), List.of(), 0)));
        await("the marker event", () -> count(marker) == 1);
        assertEquals(applied, updatedAt(unitId), "the redelivered event was not applied again");

        purge.purge(Instant.now().plus(Duration.ofDays(31)));
        assertEquals(0, count(eventId), "31 days after: gone");
    }

    private void insert(String id, Instant processedAt) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into processed_event (id, type, processed_at) values (?1, 'test', ?2)")
                .setParameter(1, id).setParameter(2, processedAt.atOffset(ZoneOffset.UTC)).executeUpdate());
    }

    private long count(String idPattern) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from processed_event where id like ?1").setParameter(1, idPattern).getSingleResult()).longValue());
    }

    private String updatedAt(UUID unitId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select cast(updated_at as text) from unit where id = ?1").setParameter(1, unitId)
                .getResultStream().findFirst().orElse(null));
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }
}
