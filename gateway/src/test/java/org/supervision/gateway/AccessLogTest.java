package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One access line per request, in the access log file the test profile names
 * ({@code gateway.access-log.file}): time, path without query, status, duration, client, ids; never
 * a token, neither there nor in any other log line.
 */
@QuarkusTest
@QuarkusTestResource(EchoServices.class)
class AccessLogTest {

    private static final Path ACCESS_LOG = Path.of("target/gateway-access.log");

    /** Keeps every other log record in memory while a test runs. */
    static final class Captured extends Handler {
        final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

        static Captured attach() {
            Captured captured = new Captured();
            Logger.getLogger("").addHandler(captured);
            return captured;
        }

        void detach() {
            Logger.getLogger("").removeHandler(this);
        }

        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                ext.copyMdc();
                records.add(ext);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void anAccessLineHasTheTimeAndPathButNoQueryNoTokenAndTheIds() {
        Captured captured = Captured.attach();
        try {
            String token = TestTokens.supervisor();
            String id = "access-log-" + UUID.randomUUID();
            String requestId = given().auth().oauth2(token).header("X-Request-Id", id)
                    .when().get("/api/v1/plans/42?holder=张三&idCard=450702199001011234").then().statusCode(200)
                    .extract().header("X-Request-Id");
            assertEquals(id, requestId);
            String line = accessLine(id);
            assertTrue(line.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z GET /api/v1/plans/42 200 \\d+ms "
                    + "client=test-supervisor requestId=" + id + " traceId=[0-9a-f]{32}"), line);
            String whole = accessLogText();
            assertFalse(whole.contains(token) || whole.contains(token.substring(token.lastIndexOf('.') + 1)), "a token in the access log");
            assertFalse(whole.contains("张三") || whole.contains("450702199001011234") || whole.contains("holder="), "query data in the access log");
            for (ExtLogRecord record : captured.records) {
                String any = record.getFormattedMessage();
                assertFalse(any.contains(token) || any.contains(token.substring(token.lastIndexOf('.') + 1)), "a token in the log: " + any);
                assertFalse(any.contains("张三") || any.contains("450702199001011234"), "query data in the log: " + any);
            }
        } finally {
            captured.detach();
        }
    }

    @Test
    void aRefusedRequestIsLoggedWithoutItsToken() {
        String id = "access-log-" + UUID.randomUUID();
        given().auth().oauth2("not.a.token").header("X-Request-Id", id).when().get("/api/v1/plans").then().statusCode(401);
        String line = accessLine(id);
        assertTrue(line.contains(" GET /api/v1/plans 401 ") && line.contains("client=-"), line);
        assertFalse(accessLogText().contains("not.a.token"));
    }

    @Test
    void anEncodedLineBreakInThePathStaysEncodedAndCannotForgeASecondLine() {
        String id = "access-log-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.supervisor()).header("X-Request-Id", id).urlEncodingEnabled(false)
                .when().get("/api/v1/plans/%0A2026-01-01T00:00:00Z%20GET%20/forged").then().statusCode(200);
        String line = accessLine(id);
        assertTrue(line.contains(" GET /api/v1/plans/%0A2026-01-01T00:00:00Z%20GET%20/forged 200 "), line);
        assertFalse(accessLogText().lines().anyMatch(l -> l.startsWith("2026-01-01T00:00:00Z GET /forged")));
    }

    /** The request's line, once the writer has flushed it (the test profile flushes every 50 ms). */
    private static String accessLine(String requestId) {
        Echo.await("the access line is written", Duration.ofSeconds(5), () -> accessLogText().contains("requestId=" + requestId + " "));
        List<String> lines = accessLogText().lines().filter(l -> l.contains("requestId=" + requestId + " ")).toList();
        assertEquals(1, lines.size(), "one line per request: " + lines);
        return lines.get(0);
    }

    private static String accessLogText() {
        try {
            return Files.exists(ACCESS_LOG) ? Files.readString(ACCESS_LOG, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
