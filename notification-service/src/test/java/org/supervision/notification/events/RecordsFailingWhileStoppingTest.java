package org.supervision.notification.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.supervision.notification.testing.TaskEventFixtures;
import org.supervision.platform.events.inbox.DeadLettersWhileRunning;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

/**
 * A graceful stop: task events that fail while the service stops (in production because the
 * persistence unit has closed) are neither dead-lettered nor committed, so the next start takes them
 * again. The test cannot stop the service it runs in; it puts the failure strategy into its stopping
 * state and sends a record that fails.
 */
@QuarkusTest
@TestProfile(RecordsFailingWhileStoppingTest.OwnRun.class)
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class RecordsFailingWhileStoppingTest {

    /** The record left unacknowledged holds the partition's commits back for good: no other test shares this run. */
    public static class OwnRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of();
        }
    }

    private static final String TASK_TOPIC = "supervision.task.v1";
    private static final String DEAD_LETTERS = "supervision.task.v1.dlq.notification-service";
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    @Identifier(DeadLettersWhileRunning.STRATEGY)
    DeadLettersWhileRunning failureStrategy;

    @Test
    void aTaskEventFailingWhileTheServiceStopsIsNotDeadLetteredAndItsOffsetIsNotCommitted() {
        String key = "stopping-" + UUID.randomUUID();
        String notJson = "这不是JSON " + UUID.randomUUID();
        failureStrategy.stopping(true);
        try {
            kafka.sendRaw(TASK_TOPIC, key, notJson);
            // same key, same partition: once its inbox item exists the record that is not JSON has been handled (and failed)
            awaitItem(sendIssued(key));
        } finally {
            failureStrategy.stopping(false);
        }
        ConsumerRecord<String, String> sent = kafka.await(TASK_TOPIC, r -> notJson.equals(r.value()), Duration.ofSeconds(20));

        // while the service runs a failing record is dead-lettered as before
        String alsoNotJson = "这也不是JSON " + UUID.randomUUID();
        kafka.sendRaw(TASK_TOPIC, key, alsoNotJson);
        kafka.await(DEAD_LETTERS, r -> alsoNotJson.equals(r.value()), Duration.ofSeconds(20));
        awaitItem(sendIssued(key));

        assertThrows(AssertionError.class, () -> kafka.await(DEAD_LETTERS, r -> notJson.equals(r.value()), Duration.ofSeconds(3)),
                "the record that failed while stopping is not a dead letter");
        // the connector commits every 5 seconds; give it two rounds, then the group must still start at the failed record
        LockSupport.parkNanos(Duration.ofSeconds(11).toNanos());
        OffsetAndMetadata committed = committed(new TopicPartition(TASK_TOPIC, sent.partition()));
        assertTrue(committed == null || committed.offset() <= sent.offset(),
                "committed " + committed + " must not pass the failed record at offset " + sent.offset());
    }

    private OffsetAndMetadata committed(TopicPartition partition) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformTestResource.platform().kafka().bootstrapServers());
        try (Admin admin = Admin.create(properties)) {
            return admin.listConsumerGroupOffsets("notification-service").partitionsToOffsetAndMetadata().get().get(partition);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the committed offsets", e);
        }
    }

    private UUID sendIssued(String key) {
        UUID assignmentId = UUID.randomUUID();
        kafka.sendCloudEvent(TASK_TOPIC, key, TaskEventFixtures.issued(UUID.randomUUID().toString(), assignmentId,
                UUID.randomUUID(), "QZ-FGW", LocalDate.of(2024, 6, 30)));
        return assignmentId;
    }

    private static void awaitItem(UUID assignmentId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> ids = given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).queryParam("size", 200).when().get("/api/v1/inbox")
                    .then().statusCode(200).extract().jsonPath().getList("findAll { it.assignmentId == '%s' }.id".formatted(assignmentId));
            if (!ids.isEmpty()) {
                return;
            }
            LockSupport.parkNanos(100_000_000L);
        }
        fail("no inbox item for assignment " + assignmentId);
    }
}
