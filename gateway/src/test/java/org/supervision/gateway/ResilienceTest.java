package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Timeouts (504), the circuit breaker per service (503), and no connection held for a client that left. */
@QuarkusTest
@QuarkusTestResource(EchoServices.class)
class ResilienceTest {

    @Test
    void aSilentServiceAnswers504AndAWriteIsNeverSentTwice() {
        String token = TestTokens.supervisor();
        // the first request of a run pays for class loading and the token's first verification: not part of the timing
        given().auth().oauth2(token).when().get("/api/v1/assignments").then().statusCode(200);
        Echo.slow("task", 3_000);
        try {
            long started = System.nanoTime();
            given().auth().oauth2(token).when().get("/api/v1/assignments").then().statusCode(504)
                    .contentType("application/problem+json").body("status", equalTo(504))
                    .body("title", equalTo("Service timeout")).body("instance", equalTo("/api/v1/assignments"))
                    .body("type", equalTo("https://supervision.example.org/problems/upstream-timeout"));
            assertEquals(true, (System.nanoTime() - started) / 1_000_000 < 2_500, "the 504 comes after the 700 ms timeout, not the 3 s");

            int before = Echo.received("task");
            given().auth().oauth2(token).contentType("application/json").body("{}").when().post("/api/v1/assignments/7/reports")
                    .then().statusCode(504);
            assertEquals(before + 1, Echo.received("task"), "a timed-out POST is not retried");
        } finally {
            Echo.healthy("task");
        }
        given().auth().oauth2(token).when().get("/api/v1/assignments").then().statusCode(200).body("service", equalTo("task"));
    }

    @Test
    void aServiceThatIsDownOpensItsBreakerWhileTheOthersKeepWorkingAndItClosesAgain() {
        String token = TestTokens.supervisor();
        Echo.stop("notification");
        try {
            for (int i = 0; i < 3; i++) { // consecutive-failures=3 in the test profile
                given().auth().oauth2(token).when().get("/api/v1/inbox").then().statusCode(502)
                        .contentType("application/problem+json").body("status", equalTo(502));
            }
            long started = System.nanoTime();
            given().auth().oauth2(token).when().get("/api/v1/inbox").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", equalTo("1"))
                    .body("type", equalTo("https://supervision.example.org/problems/service-unavailable"));
            assertEquals(true, (System.nanoTime() - started) / 1_000_000 < 500, "an open breaker answers at once");
            given().auth().oauth2(token).when().get("/api/v1/plans").then().statusCode(200).body("service", equalTo("plan"));
            given().auth().oauth2(token).when().get("/api/v1/assignments").then().statusCode(200).body("service", equalTo("task"));
        } finally {
            Echo.start("notification");
        }
        // after the 1 s cool-down one probe goes through, succeeds, and the breaker closes
        Echo.await("the notification breaker closes again", Duration.ofSeconds(5),
                () -> given().auth().oauth2(token).when().get("/api/v1/inbox").statusCode() == 200);
        given().auth().oauth2(token).when().get("/api/v1/inbox").then().statusCode(200).body("service", equalTo("notification"));
    }

    @Test
    void serverErrorsCountForTheBreakerAndArePassedOnUnchanged() {
        String token = TestTokens.supervisor();
        Echo.failing("plan");
        try {
            for (int i = 0; i < 3; i++) {
                given().auth().oauth2(token).when().get("/api/v1/units").then().statusCode(500).body("title", equalTo("boom"));
            }
            given().auth().oauth2(token).when().get("/api/v1/units").then().statusCode(503);
        } finally {
            Echo.healthy("plan");
        }
        Echo.await("the plan breaker closes again", Duration.ofSeconds(5),
                () -> given().auth().oauth2(token).when().get("/api/v1/units").statusCode() == 200);
    }

    @Test
    void connectionsClosedUnderRequestsAnswer502WithoutOpeningTheBreaker() {
        String token = TestTokens.supervisor();
        Echo.dropping("plan");
        try {
            for (int i = 0; i < 6; i++) { // twice the test profile's consecutive failures
                given().auth().oauth2(token).when().get("/api/v1/units").then().statusCode(502)
                        .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("upstream-closed"));
            }
        } finally {
            Echo.healthy("plan");
        }
        given().auth().oauth2(token).when().get("/api/v1/units").then().statusCode(200).body("service", equalTo("plan"));
    }

    @Test
    void aRequestTheClientAbandonsReleasesItsUpstreamConnection() throws IOException {
        int[] before = Echo.hangCounts();
        long started = System.nanoTime();
        try (Socket socket = RawHttp.connect("127.0.0.1")) {
            socket.getOutputStream().write(("GET /api/v1/hang HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestTokens.supervisor() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Echo.await("the request reaches the hanging service", Duration.ofSeconds(5), () -> Echo.hangCounts()[0] > before[0]);
        } // the client gives up long before the 30 s timeout of that route
        Echo.await("the gateway closes the upstream connection", Duration.ofSeconds(5), () -> Echo.hangCounts()[1] > before[1]);
        assertEquals(true, (System.nanoTime() - started) / 1_000_000_000 < 10, "released because the client left, not by the 30 s timeout");
    }
}
