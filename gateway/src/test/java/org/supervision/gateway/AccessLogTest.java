package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** One access log line per request: path without query, status, duration, client, ids; never a token. */
@QuarkusTest
@QuarkusTestResource(EchoServices.class)
class AccessLogTest {

    /** Keeps every log record in memory while a test runs. */
    static final class Captured extends Handler {
        final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

        /** The access lines have a handler of their own and do not reach the root's, so both are listened to. */
        static Captured attach() {
            Captured captured = new Captured();
            Logger.getLogger("").addHandler(captured);
            Logger.getLogger(AccessLog.CATEGORY).addHandler(captured);
            return captured;
        }

        void detach() {
            Logger.getLogger("").removeHandler(this);
            Logger.getLogger(AccessLog.CATEGORY).removeHandler(this);
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

        static String text(ExtLogRecord record) {
            return record.getFormattedMessage();
        }
    }

    @Test
    void anAccessLineHasThePathButNoQueryNoTokenAndTheIds() {
        Captured captured = Captured.attach();
        try {
            String token = TestTokens.supervisor();
            String requestId = given().auth().oauth2(token).header("X-Request-Id", "access-log-0001")
                    .when().get("/api/v1/plans/42?holder=张三&idCard=450702199001011234").then().statusCode(200)
                    .extract().header("X-Request-Id");
            assertEquals("access-log-0001", requestId);
            Echo.await("the access line is written", Duration.ofSeconds(5), () -> captured.records.stream()
                    .anyMatch(r -> AccessLog.CATEGORY.equals(r.getLoggerName()) && Captured.text(r).contains("access-log-0001")));
            ExtLogRecord line = captured.records.stream()
                    .filter(r -> AccessLog.CATEGORY.equals(r.getLoggerName()) && Captured.text(r).contains("access-log-0001"))
                    .findFirst().orElseThrow();
            String text = Captured.text(line);
            assertTrue(text.startsWith("GET /api/v1/plans/42 200 "), text);
            assertTrue(text.matches(".* \\d+ms client=test-supervisor requestId=access-log-0001 traceId=[0-9a-f]{32}"), text);
            assertEquals("access-log-0001", line.getMdc("requestId"), "the request id is in the MDC of the gateway's lines");
            for (ExtLogRecord record : captured.records) {
                String any = Captured.text(record);
                assertFalse(any.contains(token) || any.contains(token.substring(token.lastIndexOf('.') + 1)), "a token in the log: " + any);
                assertFalse(any.contains("张三") || any.contains("450702199001011234") || any.contains("holder="), "query data in the log: " + any);
            }
        } finally {
            captured.detach();
        }
    }

    @Test
    void aRefusedRequestIsLoggedWithoutItsToken() {
        Captured captured = Captured.attach();
        try {
            given().auth().oauth2("not.a.token").header("X-Request-Id", "access-log-0002").when().get("/api/v1/plans")
                    .then().statusCode(401);
            Echo.await("the access line is written", Duration.ofSeconds(5), () -> captured.records.stream()
                    .anyMatch(r -> Captured.text(r).contains("access-log-0002")));
            String text = captured.records.stream().map(Captured::text).filter(t -> t.contains("access-log-0002")).findFirst().orElseThrow();
            assertTrue(text.startsWith("GET /api/v1/plans 401 ") && text.contains("client=-"), text);
            captured.records.forEach(r -> assertFalse(Captured.text(r).contains("not.a.token")));
        } finally {
            captured.detach();
        }
    }
}
