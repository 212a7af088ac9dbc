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

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The production guard: first on a made-up configuration, then on this service's real
 * application.properties with the environment a deployment (or deploy/local's launcher) gives it,
 * through the same observer Quarkus calls at startup.
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
    void aDemoSecretIsRefusedInProductionNamingThePropertyButNotTheValue() {
        List<ProductionGuard.Refusal> refusals = ProductionGuard.check(madeUp("prod", Map.of(
                "quarkus.datasource.password", DEMO_PASSWORD, "quarkus.oidc.credentials.secret", "demo-integration-secret")));
        assertEquals(List.of("quarkus.datasource.password", "quarkus.oidc.credentials.secret"),
                refusals.stream().map(ProductionGuard.Refusal::property).toList());
        String message = ProductionGuard.message(refusals);
        assertTrue(message.contains("quarkus.datasource.password"), message);
        assertFalse(message.contains(DEMO_PASSWORD) || message.contains("demo-integration-secret"), message);
    }

    @Test
    void aRealSecretPasses() {
        assertEquals(List.of(), ProductionGuard.check(madeUp("prod", Map.of("quarkus.datasource.password", "x7#Lk-9q2-deployment"))));
    }

    @Test
    void everyProfileButDevTestAndLocalCountsAsProduction() {
        Map<String, String> demo = Map.of("quarkus.datasource.password", DEMO_PASSWORD);
        for (String profile : List.of("dev", "test", "local")) {
            assertEquals(List.of(), ProductionGuard.check(madeUp(profile, demo)), profile);
        }
        for (String profile : List.of("prod", "staging", "prod,local")) {
            assertEquals(1, ProductionGuard.check(madeUp(profile, demo)).size(), profile);
        }
    }

    @Test
    void theTestsTokenSettingsAreRefusedInProduction() {
        List<ProductionGuard.Refusal> refusals = ProductionGuard.check(madeUp("prod", Map.of(
                "quarkus.oidc.public-key", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
                "quarkus.oidc.tls.verification", "none", "quarkus.oidc.token.issuer", "any")));
        assertEquals(List.of("quarkus.oidc.public-key", "quarkus.oidc.tls.verification", "quarkus.oidc.token.issuer"),
                refusals.stream().map(ProductionGuard.Refusal::property).toList());
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
        ProductionGuard guard = new ProductionGuard(shippedConfiguration("prod", environment(DEMO_PASSWORD)));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> guard.refuseDemoValues(null));
        assertTrue(refused.getMessage().contains("quarkus.datasource.password"), refused.getMessage());
        assertFalse(refused.getMessage().contains(DEMO_PASSWORD), refused.getMessage());
        new ProductionGuard(shippedConfiguration("prod", environment("x7#Lk-9q2-deployment"))).refuseDemoValues(null);
    }

    @Test
    void aClockOffsetIsRefusedInProductionNamingThePropertyButNotTheValue() {
        List<ProductionGuard.Refusal> refusals = ProductionGuard.check(madeUp("prod", Map.of("supervision.clock.offset", "P1D")));
        assertEquals(List.of("supervision.clock.offset"), refusals.stream().map(ProductionGuard.Refusal::property).toList());
        String message = ProductionGuard.message(refusals);
        assertFalse(message.contains("P1D"), message);
        assertEquals(List.of(), ProductionGuard.check(madeUp("prod", Map.of("supervision.clock.offset", "PT0S"))), "zero is the default");
        assertEquals(List.of(), ProductionGuard.check(madeUp("test", Map.of("supervision.clock.offset", "P1D"))), "a drill may move the clock");
        assertEquals(List.of(), ProductionGuard.check(madeUp("local", Map.of("supervision.clock.offset", "-PT3H"))), "a drill may move the clock");
    }
}
