package org.supervision.gateway;

import java.util.function.LongSupplier;

/**
 * One service's breaker. Closed: calls pass and outcomes are counted. Open (after
 * {@code consecutiveFailures} failures in a row, or a failure share of at least {@code failureRate} over
 * the last {@code window} calls): calls are refused at once, so a service that is down is not
 * hammered and its callers learn it without waiting. After the cool-down one probe call is let
 * through (half-open); its outcome closes or reopens the breaker.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    record Settings(int consecutiveFailures, double failureRate, int window, long coolDownNanos) {
        static Settings of(GatewayConfig.Breaker config) {
            return new Settings(config.consecutiveFailures(), config.failureRate(), config.window(),
                    config.coolDown().toNanos());
        }
    }

    private final String name;
    private final Settings settings;
    private final LongSupplier clock;
    private final boolean[] outcomes; // ring of the last calls, true = failed
    private int recorded;
    private int next;
    private int failuresInWindow;
    private int consecutive;
    private State state = State.CLOSED;
    private long openedAt;
    private boolean probing;

    CircuitBreaker(String name, Settings settings, LongSupplier clock) {
        this.name = name;
        this.settings = settings;
        this.clock = clock;
        this.outcomes = new boolean[Math.max(1, settings.window())];
    }

    /** 0 when a call may go ahead; otherwise how many nanoseconds to wait before trying again. */
    synchronized long tryAcquire() {
        switch (state) {
            case CLOSED:
                return 0;
            case OPEN:
                long waited = clock.getAsLong() - openedAt;
                if (waited < settings.coolDownNanos()) {
                    return settings.coolDownNanos() - waited;
                }
                state = State.HALF_OPEN;
                probing = true;
                return 0;
            default:
                if (!probing) {
                    probing = true;
                    return 0;
                }
                return settings.coolDownNanos(); // one probe at a time; the others come back later
        }
    }

    synchronized void onSuccess() {
        if (state == State.HALF_OPEN) {
            reset();
            return;
        }
        consecutive = 0;
        record(false);
    }

    synchronized void onFailure() {
        if (state == State.HALF_OPEN) {
            open();
            return;
        }
        consecutive++;
        record(true);
        boolean windowFull = recorded >= outcomes.length;
        if (consecutive >= settings.consecutiveFailures()
                || windowFull && failuresInWindow >= settings.failureRate() * outcomes.length) {
            open();
        }
    }

    /** The call ended without telling anything about the service (the client went away). */
    synchronized void onNeitherOutcome() {
        if (state == State.HALF_OPEN) {
            probing = false;
        }
    }

    synchronized State state() {
        return state;
    }

    String name() {
        return name;
    }

    private void record(boolean failed) {
        if (recorded >= outcomes.length && outcomes[next]) {
            failuresInWindow--;
        }
        outcomes[next] = failed;
        if (failed) {
            failuresInWindow++;
        }
        next = (next + 1) % outcomes.length;
        recorded = Math.min(recorded + 1, outcomes.length);
    }

    private void open() {
        state = State.OPEN;
        openedAt = clock.getAsLong();
        probing = false;
        io.quarkus.logging.Log.warnf("circuit breaker for %s opened for %d ms", name, settings.coolDownNanos() / 1_000_000);
    }

    private void reset() {
        state = State.CLOSED;
        probing = false;
        consecutive = 0;
        recorded = 0;
        next = 0;
        failuresInWindow = 0;
        java.util.Arrays.fill(outcomes, false);
        io.quarkus.logging.Log.infof("circuit breaker for %s closed again", name);
    }
}
