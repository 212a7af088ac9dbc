package org.supervision.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.supervision.contracts.plan.PlanPublished;
import org.supervision.contracts.unit.UnitChanged;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every record, serialised as the services serialise it, is valid by the schema of its type; inside its envelope too. */
class RecordsMatchSchemasTest {

    static Stream<org.junit.jupiter.params.provider.Arguments> samples() {
        return Samples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aSerialisedRecordIsValidByItsSchema(String name, EventType type, Record data) {
        assertEquals(type.data(), data.getClass(), name + " is sent as " + type.type());
        EventSchemas.assertValid(type.schema(), EventSchemas.JSON.valueToTree(data));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theWholeEventIsValidAsItTravels(String name, EventType type, Record data) throws Exception {
        CloudEvent event = new CloudEvent(UUID.randomUUID().toString(), "/supervision/test", type.type(),
                UUID.randomUUID().toString(), Samples.AT, data);
        assertEquals(type, EventSchemas.assertEvent(EventSchemas.JSON.writeValueAsString(event)));
    }

    @Test
    void theEnvelopeLeavesOutWhatItDoesNotHaveAndKeepsItsOrder() throws Exception {
        CloudEvent event = new CloudEvent("1", "/supervision/test", UnitChanged.CREATED, "u", Samples.AT, null);
        assertEquals("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/supervision/test\",\"type\":\"supervision.unit.created.v1\","
                + "\"subject\":\"u\",\"time\":\"2026-12-04T10:30:00+08:00\",\"datacontenttype\":\"application/json\"}",
                EventSchemas.JSON.writeValueAsString(event));
    }

    /** The validator is really at work: what the schemas forbid is refused. */
    @Test
    void whatASchemaForbidsIsRefused() {
        ObjectNode plan = EventSchemas.JSON.valueToTree(new PlanPublished(Samples.PLAN, "钦州市2026年重点任务", null, null, 2026,
                1, Samples.END_OF_YEAR, Samples.AT, 3));
        String schema = EventType.PLAN_PUBLISHED.schema();
        assertTrue(EventSchemas.violations(schema, plan).isEmpty());
        assertFalse(EventSchemas.violations(schema, plan.deepCopy().putNull("title")).isEmpty(), "a required field null");
        assertFalse(EventSchemas.violations(schema, plan.deepCopy().put("planId", "not-a-uuid")).isEmpty(), "uuid format");
        assertFalse(EventSchemas.violations(schema, plan.deepCopy().put("publishedAt", "2026-12-04")).isEmpty(), "date-time format");
        assertFalse(EventSchemas.violations(schema, plan.deepCopy().put("measureCount", 0)).isEmpty(), "minimum");
        JsonNode measure = EventSchemas.JSON.valueToTree(new org.supervision.contracts.plan.MeasurePublished(Samples.PLAN, 1,
                Samples.sparseMeasure()));
        ((ObjectNode) measure.get("measure").get("units").get(0)).put("role", "ORGANISER");
        List<String> violations = EventSchemas.violations(EventType.MEASURE_PUBLISHED.schema(), measure);
        assertFalse(violations.isEmpty(), "a $ref to the measure in another schema file is followed");
    }
}
