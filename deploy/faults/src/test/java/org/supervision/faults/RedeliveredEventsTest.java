package org.supervision.faults;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.supervision.local.SuiteService;

/**
 * Every event consumed so far delivered again: each consumer is stopped, its group's offsets are set
 * back to the start of its topics with Kafka's Admin client (as an operator replaying a topic would), and
 * it is started again. It reads everything once more and must change nothing: no second assignment, inbox
 * item or reminder.
 */
@Order(6)
class RedeliveredEventsTest {

    @Test
    void eventsDeliveredAgainChangeNothing() throws Exception {
        Scenario.of("redelivery", "task-service's and notification-service's offsets rewound to the start of their topics")
                .run((traffic, findings) -> {
                    FaultPlatform platform = FaultPlatform.get();
                    rewind(platform, "task-service", List.of(Topics.PLAN, Topics.UNIT), findings);
                    rewind(platform, "notification-service", List.of(Topics.TASK), findings);
                    return Instant.now();
                });
    }

    private static void rewind(FaultPlatform platform, String consumer, List<String> topics, Findings findings) throws Exception {
        SuiteService service = platform.service(consumer);
        service.stop();
        platform.topics.rewind(consumer, topics);
        long again = platform.topics.lag(consumer, topics);
        findings.note(consumer + " rewound: " + again + " records of " + topics + " to read again");
        findings.check(again > 0, consumer + " has events to read again");
        service.startAgain();
        Progress.log("  %s is back and reads %d records again", consumer, again);
    }
}
