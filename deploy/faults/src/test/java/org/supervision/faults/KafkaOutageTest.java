package org.supervision.faults;

import java.time.Instant;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.supervision.local.KafkaBroker;

/**
 * Kafka stopped for 60 s during traffic and started again on the same port and data: plans are still
 * published (their events wait in the outbox), and everything flows once the broker is back.
 */
@Order(5)
class KafkaOutageTest {

    @Test
    void aMinuteWithoutKafkaLosesAndDuplicatesNothing() throws Exception {
        Scenario.of("kafka-down-60s", "Kafka stopped for 60 s during traffic, started again").run((traffic, findings) -> {
            FaultPlatform platform = FaultPlatform.get();
            KafkaBroker kafka = platform.platform.kafka();
            Progress.log("  stopping Kafka");
            kafka.stop();
            Progress.sleep(60_000);
            long waiting = platform.databases.count(Databases.PLAN, "select count(*) from outbox_event");
            findings.check(waiting > 0, "plans were published while Kafka was down (" + waiting + " events waiting in plan-service's outbox)");
            kafka.startAgain();
            Progress.log("  Kafka is back");
            return Instant.now();
        });
    }
}
