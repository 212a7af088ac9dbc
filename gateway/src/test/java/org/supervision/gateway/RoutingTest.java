package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(EchoServices.class)
class RoutingTest {

    @Test
    void eachPathGoesToTheServiceThatOwnsIt() {
        String token = TestTokens.supervisor();
        given().auth().oauth2(token).when().get("/api/v1/plans/42?x=1").then().statusCode(200)
                .body("service", equalTo("plan")).body("path", equalTo("/api/v1/plans/42?x=1"));
        given().auth().oauth2(token).when().get("/api/v1/units").then().statusCode(200).body("service", equalTo("plan"));
        given().auth().oauth2(token).when().get("/api/v1/assignments").then().statusCode(200).body("service", equalTo("task"));
        given().auth().oauth2(token).when().get("/api/v1/inbox/unread-count").then().statusCode(200)
                .body("service", equalTo("notification"));
    }

    @Test
    void theTokenIsPassedOnForTheServiceToCheckAgain() {
        String token = TestTokens.unitOfficer("QZ-FGW");
        given().auth().oauth2(token).when().get("/api/v1/inbox").then().statusCode(200)
                .body("authorization", equalTo("Bearer " + token));
    }

    /** The service builds its Locations from these; a client's own would point them elsewhere. */
    @Test
    void theServiceLearnsWhereTheClientCalledAndNothingAClientClaims() throws IOException {
        given().auth().oauth2(TestTokens.supervisor())
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "8443").header("X-Forwarded-For", "203.0.113.9")
                .header("Forwarded", "for=203.0.113.9;host=evil.example;proto=https").header("X-Forwarded-Prefix", "/evil")
                .when().get("/api/v1/plans").then().statusCode(200)
                .body("forwardedProto", equalTo("http")).body("forwardedHost", equalTo("localhost"))
                .body("forwardedPort", equalTo(String.valueOf(io.restassured.RestAssured.port)))
                .body("forwardedFor", equalTo("[127.0.0.1]"))
                .body("forwarded", equalTo("null")).body("forwardedPrefix", equalTo("null"));
        // the client's address, whichever it is; the Host it called, port included
        RawHttp.Answer answer = RawHttp.exchange("127.0.0.7", "GET", "/api/v1/assignments",
                java.util.Map.of("Authorization", "Bearer " + TestTokens.supervisor(), "X-Forwarded-For", "10.0.0.1"));
        assertTrue(answer.status() == 200, answer.toString());
        assertTrue(answer.body().contains("\"forwardedFor\":\"[127.0.0.7]\""), answer.body());
        assertTrue(answer.body().contains("\"forwardedHost\":\"localhost\""), answer.body());
        assertTrue(answer.body().contains("\"forwardedPort\":\"80\""), answer.body()); // Host: localhost, no port
    }

    @Test
    void aRequestBodyIsForwarded() {
        given().auth().oauth2(TestTokens.supervisor()).contentType("application/json").body("{\"title\":\"测试\"}")
                .when().post("/api/v1/plans").then().statusCode(200).body("bodyLength", equalTo(18)); // 12 ASCII bytes + two 3-byte characters
    }

    /**
     * A read goes out without a body (no pipe from the client's request); requests with a body, with
     * Content-Length 0 and chunked follow it on the same connection and each reaches the service whole.
     */
    @Test
    void requestsWithAndWithoutABodyFollowEachOtherOnOneConnection() throws IOException {
        String auth = "Authorization: Bearer " + TestTokens.supervisor() + "\r\n";
        try (Socket socket = RawHttp.connect("127.0.0.1")) {
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String[] requests = {
                "GET /api/v1/plans/1 HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\n",
                "POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\n" + auth + "Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello",
                "DELETE /api/v1/plans/2 HTTP/1.1\r\nHost: localhost\r\n" + auth + "Content-Length: 0\r\n\r\n",
                "POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\n" + auth + "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
                "GET /api/v1/units HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\n"};
            int[] bodyLengths = {0, 5, 0, 3, 0};
            for (int i = 0; i < requests.length; i++) {
                out.write(requests[i].getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = readAnswer(in);
                assertTrue(answer.startsWith("HTTP/1.1 200"), "request " + i + ": " + answer);
                assertTrue(answer.contains("\"bodyLength\":" + bodyLengths[i] + "}"), "request " + i + ": " + answer);
            }
        }
    }

    /**
     * The gateway gathers what it writes to a client while it reads one piece of a service's answer
     * into one write (ClientWrites). A part that has arrived must still go out at once, not wait for
     * the rest: the service here sends its second part only after the client has read the first.
     */
    @Test
    void anAnswerIsPassedOnAsItArrivesAndTheConnectionServesTheNextRequest() throws IOException {
        String auth = "Authorization: Bearer " + TestTokens.supervisor() + "\r\n";
        Echo.streaming("task");
        try (Socket socket = RawHttp.connect("127.0.0.1")) {
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            out.write(("GET /api/v1/assignments HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String first = readUntil(in, EchoServices.STREAM_FIRST); // a read timeout (10 s) fails here if it is held back
            assertTrue(first.startsWith("HTTP/1.1 200"), first);
            assertTrue(!first.contains(EchoServices.STREAM_SECOND), first);
            Echo.releaseStream("task");
            String rest = readUntil(in, "\r\n0\r\n\r\n"); // the last chunk
            assertTrue(rest.contains(EchoServices.STREAM_SECOND), rest);

            Echo.healthy("task");
            out.write(("GET /api/v1/assignments/7 HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String next = readAnswer(in);
            assertTrue(next.startsWith("HTTP/1.1 200") && next.contains("\"path\":\"/api/v1/assignments/7\""), next);
        } finally {
            Echo.healthy("task");
        }
    }

    /** What the connection delivers up to and including {@code end}. */
    private static String readUntil(InputStream in, String end) throws IOException {
        StringBuilder text = new StringBuilder();
        while (!text.toString().endsWith(end)) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed after: " + text);
            }
            text.append((char) b);
        }
        return text.toString();
    }

    /** One answer with a Content-Length, read off a connection that stays open. */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed after: " + head);
            }
            head.append((char) b);
        }
        int length = head.toString().lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .mapToInt(l -> Integer.parseInt(l.substring(l.indexOf(':') + 1).trim())).findFirst().orElseThrow();
        return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Test
    void noTokenOrABadTokenNeverReachesAService() {
        given().when().get("/api/v1/plans").then().statusCode(401);
        given().auth().oauth2("not.a.token").when().get("/api/v1/plans").then().statusCode(401);
        String expired = TestTokens.claims("supervisor", List.of("supervisor"), null)
                .issuedAt(1_600_000_000L).expiresAt(1_600_000_300L).jws().sign(TestTokens.privateKey());
        given().auth().oauth2(expired).when().get("/api/v1/plans").then().statusCode(401);
        String otherIssuer = TestTokens.claims("supervisor", List.of("supervisor"), null).issuer("https://elsewhere/realms/x")
                .jws().sign(TestTokens.privateKey());
        given().auth().oauth2(otherIssuer).when().get("/api/v1/plans").then().statusCode(401);
    }

    @Test
    void everyRequestGetsARequestIdAndKeepsAGoodOne() {
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/plans").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
        given().auth().oauth2(TestTokens.supervisor()).header("X-Request-Id", "client-req-0001")
                .when().get("/api/v1/plans").then().body("requestId", equalTo("client-req-0001"));
        given().auth().oauth2(TestTokens.supervisor()).header("X-Request-Id", "bad\tid<script>")
                .when().get("/api/v1/plans").then().body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void anUnknownApiPathIs404() {
        for (String path : new String[] {"/api/v1/nothing-here", "/api/v1/plansX", "/api/v1/plans-old/1", "/api/v1", "/api/v2/plans"}) {
            given().auth().oauth2(TestTokens.supervisor()).when().get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404)).body("instance", equalTo(path))
                    .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        }
    }

    @Test
    void aPathIsRoutedByItsPrefixExactlyOrBelowIt() {
        String token = TestTokens.supervisor();
        given().auth().oauth2(token).when().get("/api/v1/plans/").then().statusCode(200).body("service", equalTo("plan"));
        given().auth().oauth2(token).when().get("/api/v1/units/7/aliases").then().statusCode(200).body("service", equalTo("plan"));
        given().auth().oauth2(token).when().get("/api/v1/calendar/add?start=2024-09-27&workingDays=3").then().statusCode(200)
                .body("service", equalTo("task")).body("path", equalTo("/api/v1/calendar/add?start=2024-09-27&workingDays=3"));
        given().auth().oauth2(token).when().get("/api/v1/webhooks").then().statusCode(200).body("service", equalTo("notification"));
    }

    @Test
    void anUnknownPathStillNeedsAToken() {
        given().when().get("/api/v1/nothing-here").then().statusCode(401);
    }
}
