package org.supervision.local.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.supervision.local.LocalPlatform;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts real PostgreSQL, Kafka and SMTP for a service's {@code @QuarkusTest}s, once per test run
 * of the module, on free ports and in a fresh folder under target/. Tokens are verified with the
 * key of {@link TestTokens}.
 *
 * <p>Use with {@code @QuarkusTestResource(value = PlatformTestResource.class, initArgs =
 * @ResourceArg(name = "service", value = "plan-service"))}.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalPlatform platform;
    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", "");
    }

    @Override
    public Map<String, String> start() {
        LocalPlatform running = platform();
        Map<String, String> config = new HashMap<>(running.serviceSettings(service));
        running.serviceSecrets(service).forEach((variable, value) -> {
            if (variable.equals("QUARKUS_DATASOURCE_PASSWORD")) {
                config.put("quarkus.datasource.password", value);
            }
        });
        config.put("quarkus.oidc.public-key", TestTokens.publicKey());
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        config.put("supervision.test.mail-reader", running.mail().messagesUrl());
        return config;
    }

    /** The platform of this test JVM, for tests that look at Kafka or the delivered mail themselves. */
    public static synchronized LocalPlatform platform() {
        if (platform == null) {
            try {
                Path target = Path.of("target");
                Files.createDirectories(target);
                platform = LocalPlatform.start(LocalPlatform.Options.forServiceTests(Files.createTempDirectory(target, "platform-")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return platform;
    }

    @Override
    public void stop() {
        // The platform outlives one application start: Quarkus restarts the application for each test
        // profile, and a new broker and database per restart would cost seconds each. The JVM's shutdown
        // hook stops it (see ChildProcess).
    }
}
