package org.supervision.plan.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.platform.events.outbox.OutboxEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A poison event in the outbox (one Kafka will never take) used to be sent again and again ahead of
 * everything else, and no event after it ever left. Now it is parked and counted, and only the events
 * of its own aggregate wait behind it.
 */
@QuarkusTest
@TestProfile(SmallRecordsProfile.class)
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class OutboxParkingTest {

    private static final String TOPIC = "supervision.plan.v1";

    @Inject
    EntityManager entityManager;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Test
    void anEventTooLargeForKafkaIsParkedCountedAndOnlyTheEventsOfItsAggregateWait() {
        String poisoned = "poisoned-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        UUID tooLarge = write(TOPIC, poisoned, "长".repeat(SmallRecordsProfile.MAX_REQUEST_SIZE / 2));
        UUID behind = write(TOPIC, poisoned, "排在后面");
        UUID afterIt = write(TOPIC, other, "另一个计划");

        // written after the poison, another aggregate's event leaves
        assertEquals(afterIt.toString(), JsonPath.from(kafka.await(TOPIC, r -> other.equals(r.key()), Duration.ofSeconds(20))
                .value()).getString("id"));
        OutboxEvent parked = awaitRow(tooLarge, e -> e != null && e.parkedAt != null);
        assertTrue(parked.parkReason.startsWith("RecordTooLargeException"), parked.parkReason);
        assertTrue(parked.attempts >= 1);
        assertTrue(parked.nextAttemptAt.isAfter(parked.parkedAt));
        awaitTrue(() -> parkedGauge() >= 1, "the gauge counts it");
        // the event behind it waits, unparked, and nothing of that aggregate reached Kafka
        OutboxEvent waiting = row(behind);
        assertNull(waiting.parkedAt);
        assertEquals(0, waiting.attempts);
        assertThrows(AssertionError.class, () -> kafka.await(TOPIC, r -> poisoned.equals(r.key()), Duration.ofSeconds(4)));
        assertTrue(row(behind) != null, "still waiting after retries of the parked event");
    }

    @Test
    void anEventKafkaRefusesIsParkedAndOnceTheCauseIsFixedItLeavesAheadOfTheEventsThatWaited() {
        String aggregate = "refused-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        UUID refused = write("supervision.plan.v1 refused!", aggregate, "一个Kafka不收的主题");
        UUID behind = write(TOPIC, aggregate, "排在后面");
        write(TOPIC, other, "另一个计划");

        kafka.await(TOPIC, r -> other.equals(r.key()), Duration.ofSeconds(20));
        OutboxEvent parked = awaitRow(refused, e -> e != null && e.parkedAt != null);
        assertTrue(parked.parkReason.startsWith("InvalidTopicException"), parked.parkReason);
        assertNull(row(behind).parkedAt, "waiting, not parked");

        // the cause fixed (here the topic itself), the next retry sends it, then the event that waited
        QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery("update OutboxEvent e set e.topic = :topic where e.id = :id")
                .setParameter("topic", TOPIC).setParameter("id", refused).executeUpdate());
        List<String> ids = kafka.awaitAll(TOPIC, r -> aggregate.equals(r.key()), 2, Duration.ofSeconds(20)).stream()
                .map(r -> JsonPath.from(r.value()).getString("id")).toList();
        assertEquals(List.of(refused.toString(), behind.toString()), ids, "in the order they were written");
        awaitTrue(() -> row(refused) == null && row(behind) == null, "both left the outbox");
    }

    /** An outbox row as the service writes one: a CloudEvent whose data is {@code text}. */
    private UUID write(String topic, String aggregate, String text) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.aggregateId = aggregate;
        event.type = "supervision.test.outbox-parking.v1";
        event.createdAt = OffsetDateTime.now();
        event.payload = """
                {"specversion": "1.0", "id": "%s", "source": "/supervision/plan-service", "type": "%s", "subject": "%s",
                 "time": "%s", "datacontenttype": "application/json", "data": {"text": "%s"}}"""
                .formatted(event.id, event.type, aggregate, event.createdAt, text);
        QuarkusTransaction.requiringNew().run(() -> entityManager.persist(event));
        return event.id;
    }

    private OutboxEvent row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select e from OutboxEvent e where e.id = :id", OutboxEvent.class).setParameter("id", id)
                .getResultStream().findFirst().orElse(null));
    }

    private OutboxEvent awaitRow(UUID id, java.util.function.Predicate<OutboxEvent> wanted) {
        awaitTrue(() -> wanted.test(row(id)), "outbox event " + id);
        return row(id);
    }

    private double parkedGauge() {
        String text = given().when().get(metrics).then().statusCode(200).extract().asString();
        return text.lines().filter(l -> l.startsWith("supervision_outbox_parked_events"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }

    private static void awaitTrue(Supplier<Boolean> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s: " + what);
            }
            LockSupport.parkNanos(200_000_000L);
        }
    }
}
