package org.supervision.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.supervision.local.testing.KafkaTestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The topics as the invariants read them (every record from the start to the current end), the
 * consumer groups' lag and offsets, and records a broken producer might write.
 */
final class Topics {

    static final String PLAN = "supervision.plan.v1";
    static final String UNIT = "supervision.unit.v1";
    static final String TASK = "supervision.task.v1";
    static final String CALENDAR = "supervision.calendar.v1";
    /** Consumer group of each consumed topic: the consuming service's name (its application.properties). */
    static final Map<String, String> CONSUMER = Map.of(PLAN, "task-service", UNIT, "task-service", TASK, "notification-service",
            CALENDAR, "notification-service");

    /** One record: its CloudEvent fields when it is one ({@code json} null when it is not JSON). */
    record Event(int partition, long offset, String key, String value, JsonNode json, Map<String, String> headers) {

        String id() {
            return json == null ? null : json.path("id").asText(null);
        }

        String type() {
            return json == null ? null : json.path("type").asText(null);
        }

        JsonNode data() {
            return json == null ? null : json.path("data");
        }
    }

    private final String bootstrapServers;
    private final KafkaTestClient producer;

    Topics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaTestClient(bootstrapServers);
    }

    KafkaTestClient producer() {
        return producer;
    }

    /** Every record of the topic, from its start to the end offsets of now (an empty list for a topic that does not exist). */
    List<Event> read(String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(17 * 1024 * 1024));
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                return events;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(10)) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 60 s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    events.add(new Event(record.partition(), record.offset(), record.key(), record.value(), parse(record.value()),
                            headers(record.headers())));
                }
            }
        }
        return events;
    }

    private static JsonNode parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode node = Api.JSON.readTree(value);
            return node != null && node.isObject() ? node : null;
        } catch (Exception notJson) {
            return null;
        }
    }

    private static Map<String, String> headers(Iterable<Header> headers) {
        Map<String, String> out = new HashMap<>();
        headers.forEach(h -> out.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8)));
        return out;
    }

    /** Records the group has not committed yet, per topic it consumes (what is still to be processed). */
    long lag(String group, Collection<String> topics) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Set<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toSet());
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                    partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                lag += ends.get(partition).offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        }
    }

    /**
     * Sets the group's committed offsets on the topics back to each partition's first record, as an
     * operator replaying a topic would. Kafka refuses while the group has members: the caller has
     * stopped the consumer; a member that left without saying so (kill -9) counts until its session
     * times out, so this retries for a while.
     */
    void rewind(String group, Collection<String> topics) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> earliest = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS)
                    .values().stream().flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest()));
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listOffsets(earliest).all().get(10, TimeUnit.SECONDS)
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (true) {
                try {
                    admin.alterConsumerGroupOffsets(group, offsets).all().get(10, TimeUnit.SECONDS);
                    return;
                } catch (Exception stillMembers) {
                    if (System.nanoTime() > deadline) {
                        throw stillMembers;
                    }
                    Progress.sleep(2000);
                }
            }
        }
    }

    private Admin admin() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return Admin.create(properties);
    }
}
