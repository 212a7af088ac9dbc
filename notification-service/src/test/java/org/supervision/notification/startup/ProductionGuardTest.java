package org.supervision.notification.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.supervision.platform.startup.ProductionGuard;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The platform's production guard on this service's real application.properties with the environment
 * a deployment (or deploy/local's launcher) gives it, through the same observer Quarkus calls at startup,
 * and on the development settings of notification's channels (NotificationDevOnlySettings).
 * The guard's rules on made-up configurations are tested in platform.
 */
class ProductionGuardTest {

    private static final String DEMO_PASSWORD = "notification-local-only";

    /** What a deployment sets in the environment (README: production); the password is the one under test. */
    private static Map<String, String> environment(String databasePassword) {
        Map<String, String> env = new HashMap<>(Map.of(
                "DB_URL", "jdbc:postgresql://db.internal:5432/notification", "DB_USERNAME", "notification",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.internal:9092",
                "OIDC_AUTH_SERVER_URL", "https://sso.example.gov.cn/realms/supervision"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", databasePassword);
        return env;
    }

    /** Ordered as Quarkus orders them: application.properties (250) below the environment (300). */
    private static SmallRyeConfig shippedConfiguration(String profile, Map<String, String> environment) {
        try {
            return new SmallRyeConfigBuilder().withProfile(profile)
                    .withSources(new PropertiesConfigSource(ProductionGuardTest.class.getResource("/application.properties"), 250))
                    .withSources(new EnvConfigSource(environment, 300))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SmallRyeConfig madeUp(String profile, Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put(ProductionGuard.SECRET_PROPERTIES, "quarkus.datasource.password,quarkus.oidc.credentials.secret");
        all.put(ProductionGuard.DEMO_VALUES, "notification-local-only,demo-integration-secret");
        return new SmallRyeConfigBuilder().withProfiles(List.of(profile.split(","))).withSources(new PropertiesConfigSource(all, "made-up", 100)).build();
    }

    @Test
    void theMockMailerIsRefusedInProduction() {
        assertEquals(List.of("quarkus.mailer.mock"), ProductionGuard.check(madeUp("prod", Map.of("quarkus.mailer.mock", "true")), NotificationDevOnlySettings.SETTINGS)
                .stream().map(ProductionGuard.Refusal::property).toList());
        assertEquals(List.of(), ProductionGuard.check(madeUp("prod", Map.of("quarkus.mailer.mock", "false")), NotificationDevOnlySettings.SETTINGS));
    }

    @Test
    void webhooksOverHttpOrToThisMachineAreRefusedInProduction() {
        assertEquals(List.of("supervision.webhooks.allow-http", "supervision.webhooks.allowed-hosts"),
                ProductionGuard.check(madeUp("prod", Map.of("supervision.webhooks.allow-http", "true",
                        "supervision.webhooks.allowed-hosts", "sms-gateway.gov.internal,127.0.0.1")), NotificationDevOnlySettings.SETTINGS)
                        .stream().map(ProductionGuard.Refusal::property).toList());
        for (String hosts : List.of("localhost", "[::1]", "127.0.0.2", "app.localhost")) {
            assertEquals(1, ProductionGuard.check(madeUp("prod", Map.of("supervision.webhooks.allowed-hosts", hosts)), NotificationDevOnlySettings.SETTINGS).size(), hosts);
        }
        // an internal SMS gateway named on purpose is production's business, not a development setting
        assertEquals(List.of(), ProductionGuard.check(madeUp("prod", Map.of("supervision.webhooks.allow-http", "false",
                "supervision.webhooks.allowed-hosts", "sms-gateway.gov.internal,10.1.2.3")), NotificationDevOnlySettings.SETTINGS));
        assertEquals(List.of(), ProductionGuard.check(madeUp("test", Map.of("supervision.webhooks.allow-http", "true")), NotificationDevOnlySettings.SETTINGS));
    }

    @Test
    void theShippedConfigurationStartsInProductionWithRealSecretsOnly() {
        assertEquals(List.of(), ProductionGuard.check(shippedConfiguration("prod", environment("x7#Lk-9q2-deployment")), NotificationDevOnlySettings.SETTINGS),
                "application.properties itself must hold nothing production refuses");
        assertEquals(List.of("quarkus.datasource.password"),
                ProductionGuard.check(shippedConfiguration("prod", environment(DEMO_PASSWORD)), NotificationDevOnlySettings.SETTINGS).stream()
                        .map(ProductionGuard.Refusal::property).toList());
        // deploy/local's launcher runs the jar in the local profile with exactly this password
        assertEquals(List.of(), ProductionGuard.check(shippedConfiguration("local", environment(DEMO_PASSWORD)), NotificationDevOnlySettings.SETTINGS));
    }

    @Test
    void theStartupObserverStopsAProductionStartWithTheDemoPassword() {
        ProductionGuard guard = new ProductionGuard(shippedConfiguration("prod", environment(DEMO_PASSWORD)), NotificationDevOnlySettings.SETTINGS);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> guard.refuseDemoValues(null));
        assertTrue(refused.getMessage().contains("quarkus.datasource.password"), refused.getMessage());
        assertFalse(refused.getMessage().contains(DEMO_PASSWORD), refused.getMessage());
        new ProductionGuard(shippedConfiguration("prod", environment("x7#Lk-9q2-deployment")), NotificationDevOnlySettings.SETTINGS).refuseDemoValues(null);
    }
}
