package org.supervision.endtoend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.supervision.local.PlatformException;
import org.supervision.local.Ports;
import org.supervision.local.SuiteService;

/**
 * OWASP API8 on the real packaged services: health, metrics and the services' own API documents
 * only on the management ports, the combined document at the gateway public; and a start in the
 * prod profile (the default of a jar) with a LOCAL ONLY value stops, naming the property, never the value.
 */
class DeploymentHardeningTest {

    private static Suite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = Suite.get();
    }

    @Test
    void managementPathsAnswerOnlyOnTheManagementPorts() {
        for (String name : List.of("plan-service", "task-service", "notification-service", "gateway")) {
            SuiteService service = suite.platform.service(name);
            for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live")) {
                given().when().get(service.url() + path).then().statusCode(404);
            }
            given().when().get(service.managementUrl() + "/q/health/ready").then().statusCode(200);
            given().when().get(service.managementUrl() + "/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
            if (!name.equals("gateway")) {
                given().when().get(service.url() + "/q/openapi").then().statusCode(404);
                given().when().get(service.managementUrl() + "/q/openapi?format=json").then().statusCode(200);
            }
        }
        // the one public description: the gateway's, combined from the services' management ports
        given().when().get(suite.gateway + "/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/plans")).body("paths", hasKey("/api/v1/assignments")).body("paths", hasKey("/api/v1/inbox"));
        given().when().get(suite.gateway + "/q/swagger-ui/").then().statusCode(200);
        // ...and its upstream health group, which asks each service's management port
        given().when().get(suite.platform.service("gateway").managementUrl() + "/q/health/group/upstreams").then().statusCode(200)
                .body(containsString("service:plan")).body(containsString("service:task")).body(containsString("service:notification"));
    }

    @Test
    void aProductionStartWithTheLocalDatabasePasswordStopsNamingThePropertyOnly() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>(suite.platform.serviceSettings("plan-service"));
        settings.put("quarkus.profile", "prod");
        String refusal = refusedStart("plan-service", settings, suite.platform.serviceSecrets("plan-service"));
        assertTrue(refusal.contains("quarkus.datasource.password"), refusal);
        assertFalse(refusal.contains("plan-local-only"), "the refused secret itself was logged:\n" + refusal);
    }

    @Test
    void aProductionGatewayWithRateLimitsOffStops() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>(Map.of(
                "quarkus.profile", "prod",
                "quarkus.oidc.auth-server-url", suite.platform.keycloak().realmUrl(),
                "quarkus.http.cors.origins", "https://duban.example.gov.cn",
                "gateway.rate-limit.enabled", "false"));
        String refusal = refusedStart("gateway", settings, Map.of());
        assertTrue(refusal.contains("gateway.rate-limit.enabled"), refusal);
        assertFalse(refusal.contains("quarkus.http.cors.origins"), "a real origin was refused:\n" + refusal);
    }

    /** Starts the packaged module and expects it to stop by itself; answers its log. */
    private static String refusedStart(String module, Map<String, String> settings, Map<String, String> secrets) throws Exception {
        Path logs = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "prod-" + module + "-");
        PlatformException stopped = assertThrows(PlatformException.class, () -> SuiteService.start(suite.root, module,
                Ports.free(), Ports.free(), settings, secrets, logs).close(), module + " started in prod with a refused value");
        String log = Files.readString(logs.resolve(module + ".log"), StandardCharsets.UTF_8);
        assertTrue(stopped.getMessage().contains("exited"), stopped.getMessage());
        assertTrue(log.contains("Refusing to start in a production profile"), log);
        return log;
    }
}
