package org.supervision.gateway;

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
 * The gateway's production guard: on a made-up configuration, then on the real
 * application.properties with a deployment's environment, through the observer Quarkus calls at startup.
 */
class ProductionGuardTest {

    private static final String DEMO_SECRET = "demo-integration-secret";

    private static Map<String, String> environment(String corsOrigins) {
        Map<String, String> env = new HashMap<>(Map.of("OIDC_AUTH_SERVER_URL", "https://sso.example.gov.cn/realms/supervision"));
        if (corsOrigins != null) {
            env.put("GATEWAY_CORS_ORIGINS", corsOrigins);
        }
        return env;
    }

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
        all.put(ProductionGuard.SECRET_PROPERTIES, "quarkus.oidc.credentials.secret");
        all.put(ProductionGuard.DEMO_VALUES, DEMO_SECRET);
        return new SmallRyeConfigBuilder().withProfiles(List.of(profile.split(",")))
                .withSources(new PropertiesConfigSource(all, "made-up", 100)).build();
    }

    private static List<String> refused(SmallRyeConfig config) {
        return ProductionGuard.check(config).stream().map(ProductionGuard.Refusal::property).toList();
    }

    @Test
    void theDemoClientSecretIsRefusedInProductionNamingThePropertyButNotTheValue() {
        List<ProductionGuard.Refusal> refusals = ProductionGuard.check(madeUp("prod", Map.of("quarkus.oidc.credentials.secret", DEMO_SECRET)));
        assertEquals(List.of("quarkus.oidc.credentials.secret"), refusals.stream().map(ProductionGuard.Refusal::property).toList());
        assertFalse(ProductionGuard.message(refusals).contains(DEMO_SECRET), ProductionGuard.message(refusals));
        assertEquals(List.of(), refused(madeUp("local", Map.of("quarkus.oidc.credentials.secret", DEMO_SECRET))));
    }

    @Test
    void developmentSettingsAreRefusedInProduction() {
        assertEquals(List.of("quarkus.oidc.public-key", "gateway.rate-limit.enabled", "quarkus.http.cors.origins"),
                refused(madeUp("prod", Map.of("quarkus.oidc.public-key", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
                        "gateway.rate-limit.enabled", "false", "quarkus.http.cors.origins", "https://duban.example.gov.cn,http://localhost:5173"))));
        for (String origins : List.of("*", "http://127.0.0.1:3000", "https://localhost", "http://[::1]:8080")) {
            assertEquals(List.of("quarkus.http.cors.origins"), refused(madeUp("prod", Map.of("quarkus.http.cors.origins", origins))), origins);
        }
        assertEquals(List.of(), refused(madeUp("prod", Map.of("quarkus.http.cors.origins", "https://duban.example.gov.cn,https://app.localhost-gov.cn",
                "gateway.rate-limit.enabled", "true"))));
        assertEquals(List.of(), refused(madeUp("dev", Map.of("gateway.rate-limit.enabled", "false"))));
    }

    @Test
    void theShippedConfigurationNeedsTheFrontEndsRealOriginsInProduction() {
        assertEquals(List.of("quarkus.http.cors.origins"), refused(shippedConfiguration("prod", environment(null))),
                "the default origin is the local front end's dev server");
        assertEquals(List.of(), refused(shippedConfiguration("prod", environment("https://duban.example.gov.cn"))));
        assertEquals(List.of(), refused(shippedConfiguration("local", environment(null))));
    }

    @Test
    void theStartupObserverStopsAProductionStartWithRateLimitsOff() {
        Map<String, String> env = environment("https://duban.example.gov.cn");
        env.put("GATEWAY_RATE_LIMIT_ENABLED", "false"); // what the overhead benchmark runs with
        ProductionGuard guard = new ProductionGuard(shippedConfiguration("prod", env));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> guard.refuseDemoValues(null));
        assertTrue(refused.getMessage().contains("gateway.rate-limit.enabled"), refused.getMessage());
        new ProductionGuard(shippedConfiguration("prod", environment("https://duban.example.gov.cn"))).refuseDemoValues(null);
    }
}
