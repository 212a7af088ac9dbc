package org.supervision.contracts;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The contracts' JSON Schemas, read from the classpath, for tests: this module's, and (through the test-jar)
 * each producing service's test of the events it really sends. Formats (uuid, date, date-time) are asserted,
 * not only annotated, and a schema's {@code $ref} to another resolves on the classpath too.
 */
public final class EventSchemas {

    /** Writes records as the services' Quarkus ObjectMapper does: dates as ISO text, unknown fields ignored. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(EventType.SCHEMA_ID_BASE,
                    "classpath:" + EventType.SCHEMA_RESOURCES.substring(1))));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The schema at a classpath resource such as {@link EventType#schema()} or {@link CloudEvent#SCHEMA}. */
    public static JsonSchema schema(String resource) {
        return LOADED.computeIfAbsent(resource, r -> {
            if (EventSchemas.class.getResource(r) == null) {
                throw new IllegalArgumentException("no schema " + r + " on the classpath");
            }
            return FACTORY.getSchema(SchemaLocation.of(EventType.SCHEMA_ID_BASE + r.substring(r.lastIndexOf('/') + 1)),
                    CONFIG);
        });
    }

    /** What is wrong with {@code json} by the schema at {@code resource}; empty when it is valid. */
    public static List<String> violations(String resource, JsonNode json) {
        return schema(resource).validate(json).stream().map(ValidationMessage::toString).sorted().toList();
    }

    public static void assertValid(String resource, JsonNode json) {
        List<String> violations = violations(resource, json);
        if (!violations.isEmpty()) {
            throw new AssertionError(json + " is not valid by " + resource + ": " + violations);
        }
    }

    /**
     * Checks a whole event as it travels on Kafka: its envelope by the envelope's schema, its {@code data} by
     * the schema of its {@code type}, which must be one of the catalogue's. Returns its type.
     */
    public static EventType assertEvent(String cloudEvent) {
        JsonNode event;
        try {
            event = JSON.readTree(cloudEvent);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + cloudEvent, e);
        }
        assertValid(CloudEvent.SCHEMA, event);
        EventType type = EventType.of(event.path("type").asText())
                .orElseThrow(() -> new AssertionError("type " + event.path("type") + " is not in the contracts' catalogue"));
        assertValid(type.schema(), event.get("data"));
        return type;
    }
}
