package org.supervision.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Nothing drifts: every schema file has a record and every record a schema, the types are unique, and each
 * record has exactly the fields its schema describes (nested records included, through {@code $ref}s).
 */
class CatalogueTest {

    @Test
    void everySchemaFileHasARecordAndEveryTypeASchemaFile() {
        Set<String> named = Arrays.stream(EventType.values()).map(EventType::schema).collect(Collectors.toCollection(TreeSet::new));
        named.add(CloudEvent.SCHEMA);
        assertEquals(named, new TreeSet<>(Catalogue.schemaResources()), "schema files and the catalogue");
        Catalogue.schemaResources().forEach(Catalogue::recordOf); // one record per schema
    }

    @Test
    void everyRecordIsTheEnvelopeAnEventsDataOrPartOfOne() {
        Set<Class<?>> reachable = new LinkedHashSet<>();
        reachable.add(CloudEvent.class);
        Arrays.stream(EventType.values()).forEach(t -> reachable(t.data(), reachable));
        Set<Class<?>> topLevel = reachable.stream().filter(c -> c.getEnclosingClass() == null).collect(Collectors.toSet());
        assertEquals(topLevel, new HashSet<>(Catalogue.topLevelRecords()));
    }

    @Test
    void typesAreUniqueAndEachSchemaNamesItsTypes() throws Exception {
        assertEquals(EventType.values().length, Arrays.stream(EventType.values()).map(EventType::type).distinct().count());
        for (EventType type : EventType.values()) {
            JsonNode schema = read(type.schema());
            assertTrue(schema.path("title").asText().contains(type.type()), type.schema() + "'s title names " + type.type());
            assertEquals(EventType.SCHEMA_ID_BASE + type.schema().substring(EventType.SCHEMA_RESOURCES.length()),
                    schema.path("$id").asText(), "its $id is where $refs find it");
            assertEquals(type, EventType.of(type.type()).orElseThrow());
        }
    }

    @Test
    void eachRecordHasExactlyTheFieldsOfItsSchema() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (String resource : Catalogue.schemaResources()) {
            JsonNode schema = read(resource);
            compare(Catalogue.recordOf(resource), schema, schema, resource, mismatches);
        }
        assertEquals(List.of(), mismatches);
    }

    private void compare(Class<?> record, JsonNode node, JsonNode root, String where, List<String> mismatches)
            throws Exception {
        node = resolve(node, root);
        Set<String> properties = new TreeSet<>();
        node.path("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!properties.equals(components)) {
            mismatches.add(where + ": schema " + properties + ", " + record.getSimpleName() + " " + components);
        }
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = node.path("properties").path(component.getName());
            Class<?> nested = recordIn(component.getGenericType());
            if (nested != null && !property.isMissingNode()) {
                JsonNode target = resolve(property, root);
                JsonNode targetRoot = property.has("$ref") && !property.get("$ref").asText().startsWith("#")
                        ? read(EventType.SCHEMA_RESOURCES + property.get("$ref").asText().split("#")[0]) : root;
                target = target.has("items") ? resolve(target.get("items"), targetRoot) : target;
                compare(nested, target, targetRoot, where + "/" + component.getName(), mismatches);
            }
        }
    }

    /** Follows a {@code $ref} to a {@code $defs} entry, in this schema file or a sibling. */
    private JsonNode resolve(JsonNode node, JsonNode root) throws Exception {
        if (!node.has("$ref")) {
            return node;
        }
        String[] ref = node.get("$ref").asText().split("#", 2);
        JsonNode file = ref[0].isEmpty() ? root : read(EventType.SCHEMA_RESOURCES + ref[0]);
        JsonNode target = file.at(ref[1]);
        assertNotNull(target, node + " resolves");
        return resolve(target, file);
    }

    private static Class<?> recordIn(Type type) {
        if (type instanceof Class<?> c) {
            return c.isRecord() ? c : null;
        }
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                Class<?> found = recordIn(argument);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void reachable(Class<?> record, Set<Class<?>> into) {
        if (into.add(record)) {
            for (RecordComponent component : record.getRecordComponents()) {
                Class<?> nested = recordIn(component.getGenericType());
                if (nested != null) {
                    reachable(nested, into);
                }
            }
        }
    }

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = CatalogueTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return EventSchemas.JSON.readTree(in);
        }
    }
}
