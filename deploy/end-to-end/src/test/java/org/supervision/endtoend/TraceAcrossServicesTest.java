package org.supervision.endtoend;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * One request is one trace across the suite: the trace id a client sends to the gateway (W3C traceparent)
 * is in the log lines of task-service consuming the plan's events (through plan-service's outbox and the
 * Kafka records' headers), and of notification-service consuming the assignment events task-service wrote
 * for them (through its outbox in turn), up to the officer's inbox item; the gateway's access line names
 * the request id and the same trace.
 */
class TraceAcrossServicesTest {

    private static Suite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = Suite.get();
    }

    @Test
    void aTraceIdSentToTheGatewayIsInTheConsumingServicesLogLinesForItsEvents() throws Exception {
        String traceId = hex(16);
        String requestId = "e2e-trace-" + UUID.randomUUID();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        given().baseUri(suite.gateway).auth().oauth2(suite.tokens.user("supervisor")).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .header("X-Request-Id", requestId)
                .body("""
                        {"title": "钦州市营商环境追踪方案（端到端 %s）", "year": 2024,
                         "measures": [{"number": "1", "title": "追踪一个请求 %s", "leadUnits": ["市发展改革委"],
                                       "deadline": "2030-12-31"}]}""".formatted(marker, marker))
                .when().post("/api/v1/plans")
                .then().statusCode(201).header("X-Request-Id", requestId);

        awaitInboxItem(suite.tokens.user("officer-fgw"), marker);

        // the consumers' lines for this request's events carry its trace id (deploy/local logs one per event)
        List<String> task = awaitLines("task-service", traceId, "consuming supervision.plan.measure.published.v1 event");
        assertFalse(task.isEmpty());
        List<String> notification = awaitLines("notification-service", traceId, "consuming supervision.assignment.issued.v1 event");
        assertFalse(notification.isEmpty());
        // the gateway's access line (written in chunks, at least once a second) names the request and the same trace
        assertEquals(traceId, awaitAccessTrace(requestId), "the gateway's access line names the request and the trace");
    }

    @Test
    void aRequestWithoutATraceparentGetsATraceThatTheConsumersContinueToo() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String requestId = "e2e-trace-" + UUID.randomUUID();
        given().baseUri(suite.gateway).auth().oauth2(suite.tokens.user("supervisor")).contentType(ContentType.JSON)
                .header("X-Request-Id", requestId)
                .body("""
                        {"title": "钦州市无追踪头方案（端到端 %s）", "year": 2024,
                         "measures": [{"number": "1", "title": "没有 traceparent 的请求 %s", "leadUnits": ["市市场监管局"],
                                       "deadline": "2030-12-31"}]}""".formatted(marker, marker))
                .when().post("/api/v1/plans").then().statusCode(201);
        // the gateway started the trace: its access line names it
        String traceId = awaitAccessTrace(requestId);
        awaitInboxItem(suite.tokens.user("officer-scjg"), marker);
        assertFalse(awaitLines("notification-service", traceId, "consuming supervision.assignment.issued.v1 event").isEmpty(),
                "the trace the gateway started reaches notification-service");
    }

    private static String awaitAccessTrace(String requestId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            for (String line : lines("gateway")) {
                int at = line.indexOf("requestId=" + requestId + " traceId=");
                if (at >= 0) {
                    String rest = line.substring(at + ("requestId=" + requestId + " traceId=").length());
                    return rest.substring(0, 32);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no access line for request " + requestId);
            }
            LockSupport.parkNanos(200_000_000L);
        }
    }

    private static List<String> awaitLines(String service, String traceId, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<String> found = lines(service).stream().filter(line -> line.contains(traceId) && line.contains(text)).toList();
            if (!found.isEmpty()) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(service + " logged no line \"" + text + "\" with trace id " + traceId);
            }
            LockSupport.parkNanos(200_000_000L);
        }
    }

    private static List<String> lines(String service) throws IOException {
        Path log = suite.platform.service(service).log();
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    private static void awaitInboxItem(String token, String marker) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<String> bodies = given().baseUri(suite.gateway).auth().oauth2(token).queryParam("size", 200)
                    .when().get("/api/v1/inbox").then().statusCode(200).extract().jsonPath().getList("body", String.class);
            if (bodies.stream().anyMatch(body -> body != null && body.contains(marker))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no inbox item for plan " + marker + " within 30 s");
            }
            LockSupport.parkNanos(200_000_000L);
        }
    }

    private static String hex(int bytes) {
        StringBuilder text = new StringBuilder();
        while (text.length() < bytes * 2) {
            text.append(String.format("%016x", ThreadLocalRandom.current().nextLong()));
        }
        return text.substring(0, bytes * 2);
    }
}
