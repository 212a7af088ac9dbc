package org.supervision.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from the keycloak-quarkus-dist zip, in development mode (its own H2 database kept in the
 * data folder), importing the {@code supervision} realm from deploy/local on first start.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "supervision";
    private static final String REALM_RESOURCE = "/realm/supervision-realm.json";

    private final Path directory;
    private final int port;
    private volatile ChildProcess process;

    private KeycloakServer(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    public static KeycloakServer start(Path directory, int port) {
        KeycloakServer server = new KeycloakServer(directory, port);
        server.launch();
        return server;
    }

    private void launch() {
        Path home = install(directory);
        copyRealm(home.resolve("data/import/supervision-realm.json"));
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-port=" + port, "--http-management-port=" + Ports.free(),
                "--http-host=127.0.0.1", "--hostname-strict=false");
        Map<String, String> environment = Map.of(
                // LOCAL DEMO ONLY: the master realm's admin for the admin console of this local Keycloak.
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "JAVA_HOME", System.getProperty("java.home"));
        process = ChildProcess.start("keycloak", command, environment, home, directory.resolve("logs/keycloak.log"));
        // 4 minutes unless told otherwise: a heavily loaded machine (deploy/k8s's smoke run) may need longer
        Await.until("Keycloak on port " + port, Duration.ofSeconds(Long.getLong("supervision.keycloak.start-timeout-seconds", 240)), process,
                () -> Await.answers200(realmUrl() + "/.well-known/openid-configuration"));
    }

    /** Stops Keycloak, keeping its database (realm, users, signing keys) (deploy/faults). */
    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    /** Starts the stopped Keycloak again on the same port and data (deploy/faults). */
    public void startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException("Keycloak is still running");
        }
        launch();
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The issuer of the realm's tokens; services and the gateway validate against it. */
    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }

    private static Path install(Path directory) {
        Path home = directory.resolve("keycloak-" + Artifacts.keycloakVersion());
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        try (ZipFile zip = new ZipFile(Artifacts.keycloakZip().toFile())) {
            Files.createDirectories(directory);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = directory.resolve(entry.getName()).normalize();
                if (!target.startsWith(directory)) {
                    throw new PlatformException("unexpected path in the Keycloak zip: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (entry.getName().endsWith(".sh")) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack Keycloak", e);
        }
    }

    private static void copyRealm(Path target) {
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new PlatformException("the realm file " + REALM_RESOURCE + " is missing from the launcher");
            }
            Files.createDirectories(target.getParent());
            Files.copy(realm, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
