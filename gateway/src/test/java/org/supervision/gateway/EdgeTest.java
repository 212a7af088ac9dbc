package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** What every answer carries (security headers, CORS), what every service receives (traceparent), and 413. */
@QuarkusTest
@QuarkusTestResource(EchoServices.class)
class EdgeTest {

    private static final String ALLOWED = "https://app.supervision.test"; // %test.quarkus.http.cors.origins

    @Test
    void aPreflightFromTheFrontEndIsAllowedAndOneFromElsewhereIsNot() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/plans").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", matchesPattern(".*POST.*"))
                .header("Access-Control-Allow-Headers", matchesPattern("(?i).*authorization.*"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/plans").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        // a creating POST from the front end may carry an Idempotency-Key and read whether it was replayed
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .when().options("/api/v1/plans").then().statusCode(200)
                .header("Access-Control-Allow-Headers", matchesPattern("(?i).*idempotency-key.*"));
        // an actual request from the front end may read the request id
        given().auth().oauth2(TestTokens.supervisor()).header("Origin", ALLOWED).when().get("/api/v1/plans").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Expose-Headers", matchesPattern("(?i).*x-request-id.*"))
                .header("Access-Control-Expose-Headers", matchesPattern("(?i).*idempotent-replayed.*"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        securityHeaders(given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/plans").then().statusCode(200))
                .header("Cache-Control", equalTo("no-store"));
        securityHeaders(given().when().get("/api/v1/plans").then().statusCode(401))
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        securityHeaders(given().when().get("/q/openapi").then().statusCode(200));
        securityHeaders(given().when().get("/q/health").then().statusCode(404)); // on the management port only
        given().when().get("/api/v1/plans").then().header("Strict-Transport-Security", nullValue()); // off for local http
    }

    private static ValidatableResponse securityHeaders(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", equalTo("nosniff")).header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", startsWith("default-src 'none'"));
    }

    @Test
    void theServiceReceivesATraceparentContinuingTheCallersTraceOrANewOne() {
        String token = TestTokens.supervisor();
        given().auth().oauth2(token).when().get("/api/v1/plans").then().statusCode(200)
                .body("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
        String callers = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().auth().oauth2(token).header("traceparent", callers).when().get("/api/v1/assignments").then().statusCode(200)
                .body("traceparent", matchesPattern("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01"))
                .body("traceparent", not(equalTo(callers))); // the gateway's hop has a span id of its own
        given().auth().oauth2(token).header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
                .when().get("/api/v1/inbox").then().statusCode(200)
                .body("traceparent", not(matchesPattern("00-0{32}-.*")));
    }

    @Test
    void aDeclaredBodyAboveTheLimitIs413ProblemWithoutBeingForwarded() throws IOException {
        int before = Echo.received("task");
        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", "POST", "/api/v1/assignments/1/evidence",
                Map.of("Authorization", "Bearer " + TestTokens.supervisor(), "Content-Type", "application/octet-stream",
                        "Content-Length", Long.toString(22L * 1024 * 1024)));
        assertEquals(413, answer.status());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertTrue(answer.body().contains("\"status\":413"), answer.body());
        assertEquals(before, Echo.received("task"));
    }

    /** plan-service takes 12 MB (gateway.services.plan.max-body-size): a larger body stops here, not as a cut connection there. */
    @Test
    void aDeclaredBodyAboveTheServicesOwnLimitIs413ProblemWithoutBeingForwarded() throws IOException {
        int before = Echo.received("plan");
        RawHttp.Answer answer = RawHttp.exchange("127.0.0.1", "POST", "/api/v1/plans/imports",
                Map.of("Authorization", "Bearer " + TestTokens.supervisor(), "Content-Type", "text/plain",
                        "Content-Length", Long.toString(13L * 1024 * 1024)));
        assertEquals(413, answer.status());
        assertTrue(answer.body().contains("\"detail\":\"The request body may be at most 12582912 bytes.\""), answer.body());
        assertEquals(before, Echo.received("plan"));
    }

    /** A chunked body declares no length: the service refuses it when it is too large, with an empty 413 the gateway explains. */
    @Test
    void aServicesEmpty413ForAChunkedBodyReachesTheClientAsAProblem() {
        Echo.refusingBodies("task");
        try {
            given().auth().oauth2(TestTokens.supervisor()).contentType("application/octet-stream")
                    .body(new ByteArrayInputStream(new byte[8 * 1024])) // streamed: sent chunked; small enough for the echo to read it all
                    .when().post("/api/v1/assignments/1/evidence").then().statusCode(413)
                    .contentType("application/problem+json").body("status", equalTo(413))
                    .body("detail", equalTo("The request body is larger than the task service accepts."));
        } finally {
            Echo.healthy("task");
        }
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments").then().statusCode(200);
    }
}
