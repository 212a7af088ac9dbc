package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Token buckets: per client and role after the token is verified, per address before (test profile: small limits). */
@QuarkusTest
@QuarkusTestResource(EchoServices.class)
class RateLimitTest {

    private static String integrationClient(String azp) {
        return TestTokens.claims("service-account-" + azp, List.of("integration"), null).claim("azp", azp)
                .jws().keyId("test-key").sign(TestTokens.privateKey());
    }

    /** A user of a shared client (like every officer's copy of the app), here with the integration role's small limit. */
    private static String userOfSharedClient(String user) {
        return TestTokens.claims(user, List.of("integration"), null).claim("azp", "shared-app")
                .jws().keyId("test-key").sign(TestTokens.privateKey());
    }

    @Test
    void usersOfOneSharedClientHaveBucketsOfTheirOwn() {
        String busy = userOfSharedClient("busy-user");
        int refusedAt = -1;
        for (int i = 0; i < 8 && refusedAt < 0; i++) {
            if (given().auth().oauth2(busy).when().get("/api/v1/plans").statusCode() == 429) {
                refusedAt = i;
            }
        }
        assertTrue(refusedAt >= 3, "the busy user is limited after its burst, at request " + refusedAt);
        given().auth().oauth2(userOfSharedClient("calm-user")).when().get("/api/v1/plans").then().statusCode(200);
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfterAndAnotherClientDoesNot() {
        String busy = integrationClient("integration-busy"); // integration: 1/s burst 3
        List<Integer> statuses = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 8 && refused == null; i++) {
            Response response = given().auth().oauth2(busy).when().get("/api/v1/plans");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                refused = response;
            }
        }
        assertEquals(List.of(200, 200, 200), statuses.subList(0, 3), "the burst passes: " + statuses);
        assertTrue(refused != null, "a 429 after the burst: " + statuses);
        refused.then().contentType("application/problem+json").header("Retry-After", equalTo("1"))
                .body("status", equalTo(429)).body("title", equalTo("Too many requests"));

        given().auth().oauth2(integrationClient("integration-calm")).when().get("/api/v1/plans").then().statusCode(200);
        // the same user but another client (azp) has a bucket of its own; a supervisor's is far larger
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/plans").then().statusCode(200);
    }

    @Test
    void floodsWithoutATokenAreLimitedByAddressBeforeThe401() throws IOException {
        List<Integer> statuses = new ArrayList<>();
        RawHttp.Answer refused = null;
        for (int i = 0; i < 12 && refused == null; i++) { // anonymous: 2/s burst 5
            RawHttp.Answer answer = RawHttp.exchange("127.0.0.2", "GET", "/api/v1/plans", Map.of());
            statuses.add(answer.status());
            if (answer.status() == 429) {
                refused = answer;
            }
        }
        assertEquals(401, statuses.get(0));
        assertTrue(refused != null, "a 429 after the burst: " + statuses);
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
        // another address is not affected
        assertEquals(401, RawHttp.exchange("127.0.0.4", "GET", "/api/v1/plans", Map.of()).status());
    }

    @Test
    void anAddressWhoseTokensKeepBeingRefusedIsSlowedDown() throws IOException {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12 && !statuses.contains(429); i++) { // rejected-tokens: 2/s burst 5
            statuses.add(RawHttp.exchange("127.0.0.3", "GET", "/api/v1/plans", Map.of("Authorization", "Bearer forged.token.value")).status());
        }
        assertEquals(401, statuses.get(0));
        assertTrue(statuses.contains(429), "refused tokens are limited: " + statuses);
    }

    @Test
    void theRateOfAClientIsItsMostGenerousRole() {
        RateLimits limits = new RateLimits(new TestConfig());
        assertEquals(new Rate(500, 1000), limits.rateFor(java.util.Set.of("integration", "supervisor")));
        assertEquals(new Rate(200, 400), limits.rateFor(java.util.Set.of("nobody")));
    }

    /** The test profile's limits, without CDI. */
    private static final class TestConfig implements GatewayConfig {
        @Override public Map<String, Service> services() { return Map.of(); }
        @Override public Upstream upstream() { return null; }
        @Override public Breaker circuitBreaker() { return null; }
        @Override public Headers headers() { return null; }
        @Override public ConsoleSettings console() { return null; }
        @Override public OpenApi openapi() { return null; }
        @Override public Health health() { return null; }
        @Override public VerifiedTokenCache verifiedTokens() { return null; }
        @Override public AccessLogSettings accessLog() { return null; }
        @Override public RateLimit rateLimit() {
            return new RateLimit() {
                @Override public boolean enabled() { return true; }
                @Override public String defaultLimit() { return "200/s burst 400"; }
                @Override public Map<String, String> roles() { return Map.of("supervisor", "500/s burst 1000", "integration", "1/s burst 3"); }
                @Override public String anonymous() { return "2/s burst 5"; }
                @Override public String rejectedTokens() { return "2/s burst 5"; }
            };
        }
    }
}
