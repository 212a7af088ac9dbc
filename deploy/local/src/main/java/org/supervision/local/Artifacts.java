package org.supervision.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where the build put the server distributions (recorded in artifacts.properties and broker.classpath). */
final class Artifacts {

    private static final Properties PATHS = load("/org/supervision/local/artifacts.properties");

    private Artifacts() {
    }

    static Path keycloakZip() {
        return existing("keycloak.zip");
    }

    static String keycloakVersion() {
        return PATHS.getProperty("keycloak.version");
    }

    static Path postgresBinaries() {
        return existing("postgres.binaries");
    }

    static String postgresVersion() {
        return PATHS.getProperty("postgres.version");
    }

    static String kafkaBrokerClasspath() {
        try (InputStream in = Artifacts.class.getResourceAsStream("/org/supervision/local/kafka/broker.classpath")) {
            if (in == null) {
                throw new PlatformException("broker.classpath is missing: build deploy/kafka-broker first (./mvnw install -DskipTests)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path existing(String key) {
        Path path = Path.of(PATHS.getProperty(key));
        if (!Files.isRegularFile(path)) {
            throw new PlatformException(key + " not found at " + path + ": run ./mvnw install -DskipTests once to fetch it");
        }
        return path;
    }

    private static Properties load(String resource) {
        try (InputStream in = Artifacts.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException | NullPointerException e) {
            throw new PlatformException("cannot read " + resource + " from the launcher jar", e);
        }
    }
}
