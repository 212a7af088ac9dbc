package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Health and metrics are on the management port, never on the public one; the combined API
 * document and Swagger UI stay public on purpose (SECURITY.md, API8/API9).
 */
@QuarkusTest
@QuarkusTestResource(EchoServices.class)
class ManagementInterfaceTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementReady;

    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Test
    void thePublicPortDoesNotAnswerHealthOrMetrics() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"}) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void theManagementPortAnswersHealthAndMetrics() {
        given().when().get(managementReady).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(managementMetrics).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void proxiedCallsAreCountedPerServiceAndOutcomeWithoutTheirPaths() {
        given().auth().oauth2(org.supervision.local.testing.TestTokens.supervisor()).when().get("/api/v1/units/metrics-1")
                .then().statusCode(200);
        String metrics = given().when().get(managementMetrics).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.lines().anyMatch(line -> line.startsWith("gateway_upstream_requests_seconds_count{")
                && line.contains("service=\"plan\"") && line.contains("outcome=\"2xx\"") && !line.endsWith(" 0.0")), metrics);
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains("metrics-1"), "no request path in a metric");
    }

    @Test
    void theCombinedApiDocumentAndSwaggerUiStayPublic() {
        given().when().get("/q/openapi").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/v1/plans"));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/q/openapi"));
    }
}
