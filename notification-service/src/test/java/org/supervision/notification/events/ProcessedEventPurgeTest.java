package org.supervision.notification.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.UnitEventFixtures.CREATED;
import static org.supervision.notification.testing.UnitEventFixtures.UNIT_TOPIC;
import static org.supervision.notification.testing.UnitEventFixtures.awaitStatus;
import static org.supervision.notification.testing.UnitEventFixtures.groupChanged;
import static org.supervision.notification.testing.UnitEventFixtures.unitEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.notification.testing.TaskEventFixtures;
import org.supervision.notification.testing.TestClock;
import org.supervision.platform.events.inbox.ProcessedEventPurge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The ids of processed events are kept for supervision.inbox.keep-processed-events (30 days), not for ever. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class ProcessedEventPurgeTest {

    private static final Instant NOW = Instant.parse("2024-09-20T01:00:00Z");
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject ProcessedEventPurge purge;
    @Inject EntityManager entityManager;
    @Inject TestClock clock;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void idsOlderThanTheWindowArePurgedInChunksAndRecentOnesKept() {
        String run = UUID.randomUUID().toString();
        for (int i = 0; i < 120; i++) { // more than two chunks of 50 (the tests' purge-chunk)
            insert("purge-old-" + run + "-" + i, NOW.minus(Duration.ofDays(31)));
        }
        insert("purge-recent-" + run, NOW.minus(Duration.ofDays(29)));

        assertTrue(purge.purge(NOW) >= 120);
        assertEquals(0, count("purge-old-" + run + "-%"));
        assertEquals(1, count("purge-recent-" + run));
        assertEquals(0, purge.purge(NOW), "a second run finds nothing more");
    }

    /** Within the window a redelivered event is still ignored; the window, not for ever, is the bound. */
    @Test
    void aRedeliveredEventWithinTheWindowIsStillIgnored() {
        clock.set(NOW);
        String code = "QZ-PURGE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID unitId = UUID.randomUUID();
        String event = unitEvent(UUID.randomUUID().toString(), CREATED, unitId, code, "测试单位", "ACTIVE", 0);
        String eventId = JsonPath.from(event).getString("id");
        kafka.sendCloudEvent(UNIT_TOPIC, unitId.toString(), event);
        awaitStatus(code, "ACTIVE");
        String applied = updatedAt(unitId);

        clock.set(NOW.plus(Duration.ofDays(29)));
        purge.purge(clock.instant());
        assertEquals(1, count(eventId), "29 days after: still within the window");

        kafka.sendCloudEvent(UNIT_TOPIC, unitId.toString(), event); // redelivered
        String marker = UUID.randomUUID().toString(); // same key, same partition: processed after the redelivery
        kafka.sendCloudEvent(UNIT_TOPIC, unitId.toString(), groupChanged(marker, unitId));
        TaskEventFixtures.await("the marker event", Duration.ofSeconds(20), () -> count(marker) == 1);
        assertEquals(applied, updatedAt(unitId), "the redelivered event was not applied again");

        clock.set(NOW.plus(Duration.ofDays(31)));
        purge.purge(clock.instant());
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
                "select cast(updated_at as text) from unit where id = ?1").setParameter(1, unitId).getSingleResult());
    }
}
