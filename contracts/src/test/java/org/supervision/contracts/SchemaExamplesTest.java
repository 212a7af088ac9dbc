package org.supervision.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Each schema's examples read into the schema's record and come back out the same: same values, same field
 * order (the example shows the wire form), and valid by the schema.
 */
class SchemaExamplesTest {

    static Stream<String> schemas() {
        return Catalogue.schemaResources().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void everyExampleReadsIntoItsRecordAndBack(String resource) throws Exception {
        JsonNode schema;
        try (InputStream in = SchemaExamplesTest.class.getResourceAsStream(resource)) {
            schema = EventSchemas.JSON.readTree(in);
        }
        JsonNode examples = schema.path("examples");
        assertFalse(examples.isEmpty(), resource + " has an example");
        Class<?> record = Catalogue.recordOf(resource);
        for (JsonNode example : examples) {
            EventSchemas.assertValid(resource, example);
            Object read = EventSchemas.JSON.treeToValue(example, record);
            String written = EventSchemas.JSON.writeValueAsString(read);
            JsonNode back = EventSchemas.JSON.readTree(written);
            assertEquals(example, back, "read into " + record.getSimpleName() + " and written again");
            assertEquals(fieldOrder(example), fieldOrder(back), "the fields in the order the record writes them");
            EventSchemas.assertValid(resource, back);
            if (record == CloudEvent.class) {
                EventSchemas.assertEvent(written);
            }
        }
    }

    /** Every field's path in document order. */
    static List<String> fieldOrder(JsonNode node) {
        List<String> paths = new ArrayList<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                paths.add(path + "/" + name);
                collect(node.get(name), path + "/" + name, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, paths);
            }
        }
    }
}
