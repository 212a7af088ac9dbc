package org.supervision.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

/** The small value classes: rates, token buckets, the retry rule, trace contexts. */
class LimitsAndIdsTest {

    @Test
    void ratesAreWrittenAsPerSecondWithABurst() {
        assertEquals(new Rate(20, 40), Rate.parse("20/s burst 40"));
        assertEquals(new Rate(2, 2), Rate.parse("2/s"));
        assertEquals(new Rate(1, 5), Rate.parse("60/min burst 5"));
        assertThrows(IllegalArgumentException.class, () -> Rate.parse("lots"));
    }

    @Test
    void aBucketGrantsItsBurstThenRefillsAtItsRate() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(now::get);
        Rate rate = new Rate(2, 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.take("a", rate));
        }
        long wait = limiter.take("a", rate);
        assertEquals(500_000_000L, wait, "one token every 500 ms");
        assertEquals(1, RateLimiter.retryAfterSeconds(wait));
        assertEquals(0, limiter.take("b", rate), "another key has its own bucket");
        now.addAndGet(500_000_000L);
        assertEquals(0, limiter.take("a", rate));
        now.addAndGet(10_000_000_000L);
        limiter.sweep();
        assertEquals(0, limiter.size(), "full buckets are forgotten");
    }

    @Test
    void onlyAReadWhoseConnectionFailedIsTriedAgainAndOnlyOnce() {
        ConnectException refused = new ConnectException("refused");
        assertTrue(ReadRetry.allows(HttpMethod.GET, refused));
        assertTrue(ReadRetry.allows(HttpMethod.HEAD, new RuntimeException(refused)));
        assertFalse(ReadRetry.allows(HttpMethod.POST, refused));
        assertFalse(ReadRetry.allows(HttpMethod.PUT, refused));
        assertFalse(ReadRetry.allows(HttpMethod.DELETE, refused));
        assertFalse(ReadRetry.allows(HttpMethod.GET, new TimeoutException()));

        AtomicInteger attempts = new AtomicInteger();
        Future<String> result = ReadRetry.once(() -> {
            attempts.incrementAndGet();
            return Future.failedFuture(refused);
        }, failure -> ReadRetry.allows(HttpMethod.GET, failure));
        assertTrue(result.failed());
        assertEquals(2, attempts.get());

        attempts.set(0);
        ReadRetry.once(() -> {
            attempts.incrementAndGet();
            return Future.failedFuture(refused);
        }, failure -> ReadRetry.allows(HttpMethod.POST, failure));
        assertEquals(1, attempts.get());
    }

    @Test
    void aTraceIsContinuedWithANewSpanOrStarted() {
        TraceParent continued = TraceParent.continueOrStart("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00");
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", continued.traceId());
        assertEquals("00", continued.flags());
        assertFalse(continued.spanId().equals("00f067aa0ba902b7"));
        TraceParent started = TraceParent.continueOrStart("garbage");
        assertTrue(started.header().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), started.header());
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736",
                TraceParent.continueOrStart("  00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 ").traceId());
    }

    @Test
    void aMalformedOrAllZeroTraceStartsANewOne() {
        for (String bad : new String[] {
                "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", // upper case
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01", // all-zero trace
                "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", // all-zero parent
                "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", // unknown version
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0g",
                "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-011",
                "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01", ""}) {
            TraceParent trace = TraceParent.continueOrStart(bad);
            assertFalse(trace.traceId().equals("4bf92f3577b34da6a3ce929d0e0e4736"), bad);
            assertTrue(trace.header().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), trace.header());
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = TraceParent.newId(16);
            assertTrue(id.matches("[0-9a-f]{32}") && !id.matches("0+"), id);
            ids.add(id);
        }
        assertEquals(1000, ids.size(), "random ids do not repeat");
    }

    @Test
    void aRequestIdIsKeptWhenHarmlessElseANewRandomUuid() {
        assertEquals("client-req-0001", RequestIds.keepOrCreate("client-req-0001"));
        assertEquals("a.b_c:d-E9", RequestIds.keepOrCreate("a.b_c:d-E9"));
        String longest = "x".repeat(128);
        assertEquals(longest, RequestIds.keepOrCreate(longest));
        for (String bad : new String[] {null, "", "short", "x".repeat(129), "bad\tid<script>", "with space 1", "ünïcode-1234"}) {
            String id = RequestIds.keepOrCreate(bad);
            assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
            java.util.UUID uuid = java.util.UUID.fromString(id);
            assertEquals(4, uuid.version());
            assertEquals(2, uuid.variant());
        }
        assertFalse(RequestIds.create().equals(RequestIds.create()));
    }
}
