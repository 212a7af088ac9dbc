package org.supervision.faults;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A poison event on each consumed topic, written as a broken or newer producer might: a record that is
 * not JSON, a CloudEvent of a known type whose data cannot be read, and a CloudEvent of a type no
 * consumer knows. The first two must land in the consumer's dead-letter topic with the reason; the
 * unknown type is skipped and recorded as processed (docs/events: a newer type version travels beside
 * the old one, so a consumer must pass over types it does not know rather than set them aside). Either
 * way the partition moves on: the traffic's later events still reach every inbox.
 */
@Order(7)
class PoisonEventsTest {

    /** The record of a known type with unreadable data, per topic. */
    private static final Map<String, String> KNOWN_TYPE = Map.of(
            Topics.PLAN, "supervision.plan.published.v1",
            Topics.UNIT, "supervision.unit.changed.v1",
            Topics.TASK, "supervision.assignment.issued.v1");
    private static final Map<String, String> CONSUMER_DATABASE = Map.of(
            Topics.PLAN, Databases.TASK, Topics.UNIT, Databases.TASK, Topics.TASK, Databases.NOTIFICATION);

    @Test
    void poisonEventsAreSetAsideAndLaterEventsStillFlow() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Scenario.of("poison-events", "a malformed record, unreadable data of a known type and an unknown type on each consumed topic")
                .alsoChecking(new PoisonSetAside(marker))
                .run((traffic, findings) -> {
                    FaultPlatform platform = FaultPlatform.get();
                    for (String topic : KNOWN_TYPE.keySet()) {
                        String key = "poison-" + marker;
                        platform.topics.producer().sendRaw(topic, key, "{\"specversion\": \"1.0\", \"id\": \"malformed-" + marker);
                        platform.topics.producer().sendCloudEvent(topic, key, cloudEvent(unreadableId(marker, topic),
                                KNOWN_TYPE.get(topic), "{\"planId\": \"not-a-uuid\", \"unitId\": \"not-a-uuid\", \"assignmentId\": \"not-a-uuid\", \"version\": \"x\"}"));
                        platform.topics.producer().sendCloudEvent(topic, key, cloudEvent(unknownId(marker, topic),
                                "supervision.faults.unknown.v1", "{}"));
                    }
                    Progress.log("  9 poison records sent");
                    return Instant.now();
                });
    }

    private static String cloudEvent(String id, String type, String data) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/faults/poison", "type": "%s", "subject": "poison",
                 "time": "2026-01-01T00:00:00Z", "datacontenttype": "application/json", "data": %s}""".formatted(id, type, data);
    }

    private static String unreadableId(String marker, String topic) {
        return "unreadable-" + marker + "-" + topic;
    }

    private static String unknownId(String marker, String topic) {
        return "unknown-" + marker + "-" + topic;
    }

    /** Each poison record accounted for: in the dead letters with a reason, or (unknown type) recorded as processed. */
    private static final class PoisonSetAside implements Invariant {

        private final String marker;

        PoisonSetAside(String marker) {
            this.marker = marker;
        }

        @Override
        public String name() {
            return "poison set aside: malformed and unreadable records in <topic>.dlq.<consumer> with a reason, unknown types skipped and recorded";
        }

        @Override
        public List<String> violations() throws Exception {
            FaultPlatform platform = FaultPlatform.get();
            List<String> wrong = new ArrayList<>();
            for (String topic : KNOWN_TYPE.keySet()) {
                String deadLetters = topic + ".dlq." + Topics.CONSUMER.get(topic);
                List<Topics.Event> set = platform.topics.read(deadLetters);
                for (String poison : List.of("malformed-" + marker, unreadableId(marker, topic))) {
                    List<Topics.Event> found = set.stream().filter(e -> e.value() != null && e.value().contains(poison)).toList();
                    if (found.size() != 1) {
                        wrong.add(deadLetters + " holds " + found.size() + " records " + poison);
                    } else if (found.get(0).headers().get("dead-letter-reason") == null) {
                        wrong.add(deadLetters + ": " + poison + " has no dead-letter-reason header");
                    }
                }
                long recorded = platform.databases.count(CONSUMER_DATABASE.get(topic),
                        "select count(*) from processed_event where id = ?", unknownId(marker, topic));
                boolean setAside = set.stream().anyMatch(e -> e.value() != null && e.value().contains(unknownId(marker, topic)));
                if (recorded != 1 && !setAside) {
                    wrong.add("the unknown type on " + topic + " is neither recorded as processed nor in " + deadLetters);
                }
            }
            return wrong;
        }
    }
}
