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
    }
}
