package org.supervision.endtoend;

import java.nio.file.Files;
import java.nio.file.Path;

import org.supervision.local.LocalPlatform;

/**
 * The whole suite on real servers (PostgreSQL, Kafka, Keycloak, SMTP and the four services, on free
 * ports), started once for all end-to-end test classes of this JVM: starting it takes most of a
 * minute, and the classes use their own plans and markers so they do not see each other's data.
 */
final class Suite {

    private static Suite running;

    final LocalPlatform platform;
    final String gateway;
    final KeycloakTokens tokens;
    /** The project root, whose modules' build output the services run from. */
    final Path root;

    private Suite(LocalPlatform platform, Path root) {
        this.platform = platform;
        this.root = root;
        this.gateway = platform.service("gateway").url();
        this.tokens = new KeycloakTokens(platform.keycloak().tokenUrl());
    }

    static synchronized Suite get() throws Exception {
        if (running == null) {
            Path root = Path.of(System.getProperty("supervision.project.root", "../..")).toAbsolutePath().normalize();
            Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
            LocalPlatform platform = LocalPlatform.start(
                    LocalPlatform.Options.everything(Files.createTempDirectory(target, "suite-"), root, false));
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "suite-stop"));
            running = new Suite(platform, root);
        }
        return running;
    }
}
