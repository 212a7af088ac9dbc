package org.supervision.plan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.supervision.local.testing.KafkaTestClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;

/**
 * A published plan as task-service reads it on supervision.plan.v1: its plan.published.v2 header,
 * then one measure.published event per measure, all keyed by the plan id, in that order.
 */
record PlanEventsOnKafka(List<ConsumerRecord<String, String>> records) {

    static final String TOPIC = "supervision.plan.v1";
    static final String PUBLISHED = "supervision.plan.published.v2";
    static final String MEASURE_PUBLISHED = "supervision.plan.measure.published.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    static PlanEventsOnKafka await(String planId, int measureCount, Duration timeout) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.ofPlatform().awaitAll(TOPIC,
                r -> planId.equals(r.key()) && (r.value().contains("\"" + PUBLISHED + "\"")
                        || r.value().contains("\"" + MEASURE_PUBLISHED + "\"")), 1 + measureCount, timeout);
        for (int i = 0; i < records.size(); i++) {
            JsonNode event = tree(records.get(i).value());
            assertEquals(i == 0 ? PUBLISHED : MEASURE_PUBLISHED, event.path("type").asText(), "the header comes first");
            assertEquals(planId, event.path("subject").asText());
            assertEquals(planId, event.path("data").path("planId").asText());
        }
        assertEquals(measureCount, tree(records.get(0).value()).path("data").path("measureCount").asInt());
        return new PlanEventsOnKafka(records);
    }

    static PlanEventsOnKafka await(String planId, int measureCount) {
        return await(planId, measureCount, Duration.ofSeconds(20));
    }

    JsonPath header() {
        return JsonPath.from(records.get(0).value());
    }

    /** The measure.published event of the plan's {@code index}th measure. */
    JsonPath measureEvent(int index) {
        return JsonPath.from(records.get(index + 1).value());
    }

    /** Its measure: {@code measure(0).getString("deadline")}. */
    JsonPath measure(int index) {
        return measureEvent(index).setRootPath("data.measure");
    }

    /** The same, read fast (JsonPath takes tens of milliseconds a document). */
    JsonNode measureTree(int index) {
        return tree(records.get(index + 1).value()).path("data").path("measure");
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
