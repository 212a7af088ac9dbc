package org.supervision.task.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A poison event in the outbox (one Kafka will never take) used to be sent again and again ahead of
 * everything else, the warning sweep's transitions included, and nothing after it ever left. Now it is
 * parked and counted, and only its own assignment's events and transitions wait behind it.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class OutboxParkingTest {

    private static final String TOPIC = "supervision.task.v1";
    /** The producer's max.request.size here: Kafka's default. */
    private static final int MAX_REQUEST_SIZE = 1024 * 1024;

    @Inject
    EntityManager entityManager;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Test
    void anEventTooLargeForKafkaIsParkedCountedAndOnlyItsAssignmentsEventsAndTransitionsWait() {
        UUID poisoned = UUID.randomUUID();
        String other = UUID.randomUUID().toString();
        UUID tooLarge = write(TOPIC, poisoned.toString(), "长".repeat(MAX_REQUEST_SIZE / 2));
        UUID behind = write(TOPIC, poisoned.toString(), "排在后面");
        long transition = writeTransition(poisoned);
        UUID afterIt = write(TOPIC, other, "另一项任务");

        assertEquals(afterIt.toString(), JsonPath.from(kafka.await(TOPIC, r -> other.equals(r.key()), Duration.ofSeconds(20))
                .value()).getString("id"));
        OutboxEvent parked = awaitRow(tooLarge);
        assertTrue(parked.parkReason.startsWith("RecordTooLargeException"), parked.parkReason);
        assertTrue(parked.attempts >= 1);
        awaitTrue(() -> parkedGauge() >= 1, "the gauge counts it");
        // its assignment's later event and warning transition wait; nothing of that assignment reached Kafka
        assertNull(row(behind).parkedAt);
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> entityManager.find(WarningTransition.class, transition)));
        assertThrows(AssertionError.class, () -> kafka.await(TOPIC, r -> poisoned.toString().equals(r.key()), Duration.ofSeconds(4)));
    }

    @Test
    void anEventKafkaRefusesIsParkedAndTheOthersGoOn() {
        String refusedAggregate = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        UUID refused = write("supervision.task.v1 refused!", refusedAggregate, "一个Kafka不收的主题");
        UUID behind = write(TOPIC, refusedAggregate, "排在后面");
        write(TOPIC, other, "另一项任务");

        kafka.await(TOPIC, r -> other.equals(r.key()), Duration.ofSeconds(20));
        OutboxEvent parked = awaitRow(refused);
        assertTrue(parked.parkReason.startsWith("InvalidTopicException"), parked.parkReason);
        assertNull(row(behind).parkedAt, "waiting, not parked");
        assertThrows(AssertionError.class, () -> kafka.await(TOPIC, r -> refusedAggregate.equals(r.key()), Duration.ofSeconds(4)));
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
                {"specversion": "1.0", "id": "%s", "source": "/supervision/task-service", "type": "%s", "subject": "%s",
                 "time": "%s", "datacontenttype": "application/json", "data": {"text": "%s"}}"""
                .formatted(event.id, event.type, aggregate, event.createdAt, text);
        QuarkusTransaction.requiringNew().run(() -> entityManager.persist(event));
        return event.id;
    }

    /** A warning transition of the assignment, as the sweep writes one. */
    private long writeTransition(UUID assignment) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                        insert into warning_transition (assignment_id, from_level, to_level, previous_report_missing, report_missing,
                            unit_code, plan_id, measure_id, measure_number, measure_title, deadline, state, changed_at)
                        values (?1, 'GREEN', 'RED', false, false, 'QZ-FGW', ?2, ?3, '1', '测试措施', date '2024-12-31', 'ISSUED', now())
                        returning seq""")
                .setParameter(1, assignment).setParameter(2, UUID.randomUUID()).setParameter(3, UUID.randomUUID())
                .getSingleResult()).longValue());
    }

    private OutboxEvent row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select e from OutboxEvent e where e.id = :id", OutboxEvent.class).setParameter("id", id)
                .getResultStream().findFirst().orElse(null));
    }

    private OutboxEvent awaitRow(UUID id) {
        awaitTrue(() -> row(id) != null && row(id).parkedAt != null, "outbox event " + id + " parked");
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
