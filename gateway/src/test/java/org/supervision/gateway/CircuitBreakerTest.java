package org.supervision.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The breaker's states on a clock the test moves. */
class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final CircuitBreaker breaker = new CircuitBreaker("x",
            new CircuitBreaker.Settings(3, 0.5, 10, 1_000_000_000L), now::get);

    @Test
    void opensAfterConsecutiveFailuresAndProbesAfterTheCoolDown() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, breaker.tryAcquire());
            breaker.onFailure();
        }
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertTrue(breaker.tryAcquire() > 0);
        now.addAndGet(1_000_000_000L);
        assertEquals(0, breaker.tryAcquire(), "one probe after the cool-down");
        assertTrue(breaker.tryAcquire() > 0, "only one probe at a time");
        breaker.onFailure();
        assertEquals(CircuitBreaker.State.OPEN, breaker.state(), "a failed probe opens it again");
        now.addAndGet(1_000_000_000L);
        assertEquals(0, breaker.tryAcquire());
        breaker.onSuccess();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void opensOnAFailureRateOverTheWindow() {
        for (int i = 0; i < 11; i++) { // fail, ok, fail, ok... fail: never 3 in a row, but half of the last 10
            breaker.tryAcquire();
            if (i % 2 == 0) {
                breaker.onFailure();
            } else {
                breaker.onSuccess();
            }
        }
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void successesInBetweenKeepItClosed() {
        for (int i = 0; i < 30; i++) {
            breaker.tryAcquire();
            if (i % 4 == 0) {
                breaker.onFailure();
            } else {
                breaker.onSuccess();
            }
        }
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void aProbeWhoseClientLeftLetsTheNextOneTry() {
        for (int i = 0; i < 3; i++) {
            breaker.onFailure();
        }
        now.addAndGet(1_000_000_000L);
        assertEquals(0, breaker.tryAcquire());
        breaker.onNeitherOutcome();
        assertEquals(0, breaker.tryAcquire());
    }
}
