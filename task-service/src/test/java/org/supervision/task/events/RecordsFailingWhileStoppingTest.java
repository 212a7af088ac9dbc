package org.supervision.task.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.IncomingEvents;
import org.supervision.platform.events.inbox.DeadLettersWhileRunning;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

/**
 * A graceful stop: records that fail while the service stops (in production because the persistence
 * unit has closed) are neither dead-lettered nor committed, so the next start takes them again. The
 * test cannot stop the service it runs in; it puts the failure strategy into its stopping state and
 * sends a record that fails.
 */
@QuarkusTest
@TestProfile(RecordsFailingWhileStoppingTest.OwnRun.class)
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class RecordsFailingWhileStoppingTest {

    /** The record left unacknowledged holds the partition's commits back for good: no other test shares this run. */
    public static class OwnRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of();
        }
    }

    private static final String PLAN_TOPIC = "supervision.plan.v1";
    private static final String DEAD_LETTERS = "supervision.plan.v1.dlq.task-service";
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    @Identifier(DeadLettersWhileRunning.STRATEGY)
    DeadLettersWhileRunning failureStrategy;

    @Test
    void aRecordFailingWhileTheServiceStopsIsNotDeadLetteredAndItsOffsetIsNotCommitted() {
        String key = "stopping-" + UUID.randomUUID();
        String failing = "这不是JSON " + UUID.randomUUID();
        failureStrategy.stopping(true);
        try {
            kafka.sendRaw(PLAN_TOPIC, key, failing);
            // same key, same partition: once its assignments exist the failing record has been handled (and failed)
            UUID marker = sendPlan(key);
            awaitAssignments(marker, 2);
        } finally {
            failureStrategy.stopping(false);
        }
        ConsumerRecord<String, String> sent = kafka.await(PLAN_TOPIC, r -> failing.equals(r.value()), Duration.ofSeconds(20));

        // while the service runs a failing record is dead-lettered as before, so the consumer's commits went on
        String afterwards = "这也不是JSON " + UUID.randomUUID();
        kafka.sendRaw(PLAN_TOPIC, key, afterwards);
        kafka.await(DEAD_LETTERS, r -> afterwards.equals(r.value()), Duration.ofSeconds(20));
        UUID later = sendPlan(key);
        awaitAssignments(later, 2);

        assertThrows(AssertionError.class, () -> kafka.await(DEAD_LETTERS, r -> failing.equals(r.value()), Duration.ofSeconds(3)),
                "the record that failed while stopping is not a dead letter");
        // the connector commits every 5 seconds; give it two rounds, then the group must still start at the failed record
        LockSupport.parkNanos(Duration.ofSeconds(11).toNanos());
        TopicPartition partition = new TopicPartition(PLAN_TOPIC, sent.partition());
        OffsetAndMetadata committed = committed(partition);
        assertTrue(committed == null || committed.offset() <= sent.offset(),
                "committed " + committed + " must not pass the failed record at offset " + sent.offset());
    }

    private OffsetAndMetadata committed(TopicPartition partition) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformTestResource.platform().kafka().bootstrapServers());
        try (Admin admin = Admin.create(properties)) {
            return admin.listConsumerGroupOffsets("task-service").partitionsToOffsetAndMetadata().get().get(partition);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the committed offsets", e);
        }
    }

    private UUID sendPlan(String key) {
        UUID planId = UUID.randomUUID();
        kafka.sendCloudEvent(PLAN_TOPIC, key, IncomingEvents.planPublishedV1(planId, "钦州市实施方案", 2024,
                IncomingEvents.measure(UUID.randomUUID(), "1", "健全透明规范准入退出机制", LocalDate.of(2024, 12, 31),
                        IncomingEvents.lead(UUID.randomUUID(), "QZ-FGW", "市发展改革委"),
                        IncomingEvents.cooperating(UUID.randomUUID(), "QZ-SCJG", "市市场监管局"))));
        return planId;
    }

    private static void awaitAssignments(UUID planId, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int found;
        do {
            found = given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId)
                    .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath().getList("$").size();
            if (found < count) {
                LockSupport.parkNanos(100_000_000L);
            }
        } while (found < count && System.nanoTime() < deadline);
        assertEquals(count, found, "assignments of plan " + planId);
    }
}
