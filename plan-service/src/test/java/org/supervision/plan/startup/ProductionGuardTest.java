package org.supervision.plan.startup;

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
 * a deployment (or deploy/local's launcher) gives it, through the same observer Quarkus calls at startup.
 * The guard's rules on made-up configurations are tested in platform.
 */
class ProductionGuardTest {

    private static final String DEMO_PASSWORD = "plan-local-only";

    /** What a deployment sets in the environment (README: production); the password is the one under test. */
    private static Map<String, String> environment(String databasePassword) {
        Map<String, String> env = new HashMap<>(Map.of(
                "DB_URL", "jdbc:postgresql://db.internal:5432/plan", "DB_USERNAME", "plan",
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
        all.put(ProductionGuard.DEMO_VALUES, "plan-local-only,demo-integration-secret");
        return new SmallRyeConfigBuilder().withProfiles(List.of(profile.split(","))).withSources(new PropertiesConfigSource(all, "made-up", 100)).build();
    }

    @Test
    void theShippedConfigurationStartsInProductionWithRealSecretsOnly() {
        assertEquals(List.of(), ProductionGuard.check(shippedConfiguration("prod", environment("x7#Lk-9q2-deployment"))),
                "application.properties itself must hold nothing production refuses");
        assertEquals(List.of("quarkus.datasource.password"),
                ProductionGuard.check(shippedConfiguration("prod", environment(DEMO_PASSWORD))).stream()
                        .map(ProductionGuard.Refusal::property).toList());
        // deploy/local's launcher runs the jar in the local profile with exactly this password
        assertEquals(List.of(), ProductionGuard.check(shippedConfiguration("local", environment(DEMO_PASSWORD))));
    }

    @Test
    void theStartupObserverStopsAProductionStartWithTheDemoPassword() {
        ProductionGuard guard = new ProductionGuard(shippedConfiguration("prod", environment(DEMO_PASSWORD)), List.of());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> guard.refuseDemoValues(null));
        assertTrue(refused.getMessage().contains("quarkus.datasource.password"), refused.getMessage());
        assertFalse(refused.getMessage().contains(DEMO_PASSWORD), refused.getMessage());
        new ProductionGuard(shippedConfiguration("prod", environment("x7#Lk-9q2-deployment")), List.of()).refuseDemoValues(null);
    }
}
