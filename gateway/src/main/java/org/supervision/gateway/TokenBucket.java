package org.supervision.gateway;

/**
 * One client's bucket: holds up to {@code burst} tokens, refilled continuously at {@code perSecond}.
 * Synchronized because the event loops share it; each call is a few arithmetic operations.
 */
final class TokenBucket {

    private final Rate rate;
    private double tokens;
    private long refilledAt;

    TokenBucket(Rate rate, long nowNanos) {
        this.rate = rate;
        this.tokens = rate.burst();
        this.refilledAt = nowNanos;
    }

    /** Takes one token; returns 0 when granted, else the nanoseconds until one will be there. */
    synchronized long take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return waitFor(1 - tokens);
    }

    /** Like take, but leaves the bucket alone: for a check whose charge comes later. */
    synchronized long peek(long nowNanos) {
        refill(nowNanos);
        return tokens >= 1 ? 0 : waitFor(1 - tokens);
    }

    /** Full buckets are no different from new ones and may be forgotten. */
    synchronized boolean full(long nowNanos) {
        refill(nowNanos);
        return tokens >= rate.burst();
    }

    Rate rate() {
        return rate;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(rate.burst(), tokens + elapsed * rate.perSecond() / 1e9);
            refilledAt = nowNanos;
        }
    }

    private long waitFor(double missing) {
        return (long) Math.ceil(missing / rate.perSecond() * 1e9);
    }
}
