package org.supervision.platform.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The production guard on made-up configurations: what every service refuses. Each service's own
 * ProductionGuardTest checks its shipped application.properties and its own development settings.
 */
class ProductionGuardTest {

    private static final String DEMO_PASSWORD = "service-local-only";

    private static SmallRyeConfig madeUp(String profile, Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put(ProductionGuard.SECRET_PROPERTIES, "quarkus.datasource.password,quarkus.oidc.credentials.secret");
        all.put(ProductionGuard.DEMO_VALUES, "service-local-only,demo-integration-secret");
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
    void aClockOffsetIsRefusedInProductionNamingThePropertyButNotTheValue() {
        List<ProductionGuard.Refusal> refusals = ProductionGuard.check(madeUp("prod", Map.of("supervision.clock.offset", "P1D")));
        assertEquals(List.of("supervision.clock.offset"), refusals.stream().map(ProductionGuard.Refusal::property).toList());
        String message = ProductionGuard.message(refusals);
        assertFalse(message.contains("P1D"), message);
        assertEquals(List.of(), ProductionGuard.check(madeUp("prod", Map.of("supervision.clock.offset", "PT0S"))), "zero is the default");
        assertEquals(List.of(), ProductionGuard.check(madeUp("test", Map.of("supervision.clock.offset", "P1D"))), "a drill may move the clock");
        assertEquals(List.of(), ProductionGuard.check(madeUp("local", Map.of("supervision.clock.offset", "-PT3H"))), "a drill may move the clock");
    }

    @Test
    void aServicesOwnDevelopmentSettingsAreRefusedToo() {
        List<ProductionGuard.DevOnlySetting> mailer = List.of(new ProductionGuard.DevOnlySetting("quarkus.mailer.mock",
                value -> value.equalsIgnoreCase("true"), "e-mail would be written to the log"));
        assertEquals(List.of("quarkus.mailer.mock"), ProductionGuard.check(madeUp("prod", Map.of("quarkus.mailer.mock", "true")), mailer)
                .stream().map(ProductionGuard.Refusal::property).toList());
        assertEquals(List.of(), ProductionGuard.check(madeUp("prod", Map.of("quarkus.mailer.mock", "true"))), "not a setting of every service");
        assertEquals(List.of(), ProductionGuard.check(madeUp("test", Map.of("quarkus.mailer.mock", "true")), mailer));
    }

    @Test
    void theStartupObserverStopsAProductionStartNamingThePropertyOnly() {
        ProductionGuard guard = new ProductionGuard(madeUp("prod", Map.of("quarkus.datasource.password", DEMO_PASSWORD)), List.of());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> guard.refuseDemoValues(null));
        assertTrue(refused.getMessage().contains("quarkus.datasource.password"), refused.getMessage());
        assertFalse(refused.getMessage().contains(DEMO_PASSWORD), refused.getMessage());
        new ProductionGuard(madeUp("prod", Map.of("quarkus.datasource.password", "x7#Lk-9q2-deployment")), List.of()).refuseDemoValues(null);
    }
}
