package org.supervision.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** What this module holds, read from its build output: the schema files and the record classes. */
final class Catalogue {

    private Catalogue() {
    }

    /** Every schema file under {@link EventType#SCHEMA_RESOURCES}, as a classpath resource name. */
    static List<String> schemaResources() {
        try (Stream<Path> files = Files.list(Path.of(EventType.class.getResource(EventType.SCHEMA_RESOURCES).toURI()))) {
            return files.map(f -> EventType.SCHEMA_RESOURCES + f.getFileName()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record a schema describes: the envelope, or the data of the types whose schema it is. */
    static Class<?> recordOf(String schema) {
        if (schema.equals(CloudEvent.SCHEMA)) {
            return CloudEvent.class;
        }
        List<Class<? extends Record>> records = Arrays.stream(EventType.values()).filter(t -> t.schema().equals(schema))
                .<Class<? extends Record>>map(EventType::data).distinct().toList();
        if (records.size() != 1) {
            throw new AssertionError(schema + " is the schema of " + records.size() + " records: " + records);
        }
        return records.get(0);
    }

    /** Every top-level record class of the module (nested ones belong to theirs). */
    static List<Class<?>> topLevelRecords() {
        try {
            Path classes = Path.of(EventType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                        .map(f -> classes.relativize(f).toString().replace(".class", "").replace(f.getFileSystem().getSeparator(), "."))
                        .filter(name -> !name.endsWith("package-info"))
                        .<Class<?>>map(Catalogue::load).filter(Class::isRecord).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
