package org.supervision.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key, in memory: the gateway runs as a single replica (see SECURITY.md); with more
 * replicas each would grant the full rate.
 */
final class RateLimiter {

    /** Past this many keys, full (idle) buckets are dropped at once rather than at the next sweep. */
    private static final int SWEEP_ABOVE = 100_000;

    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    RateLimiter(LongSupplier clock) {
        this.clock = clock;
    }

    /** 0 when the request may pass, else the nanoseconds until it could. */
    long take(String key, Rate rate) {
        return bucket(key, rate).take(clock.getAsLong());
    }

    long peek(String key, Rate rate) {
        TokenBucket bucket = buckets.get(key);
        return bucket == null ? 0 : bucket.peek(clock.getAsLong());
    }

    /** Forgets full buckets, so that memory follows the clients active in the last seconds. */
    void sweep() {
        long now = clock.getAsLong();
        buckets.values().removeIf(bucket -> bucket.full(now));
    }

    int size() {
        return buckets.size();
    }

    private TokenBucket bucket(String key, Rate rate) {
        if (buckets.size() > SWEEP_ABOVE) {
            sweep();
        }
        TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(rate, clock.getAsLong()));
        if (!bucket.rate().equals(rate)) {
            // the client's roles changed: start again with the new shape
            bucket = new TokenBucket(rate, clock.getAsLong());
            buckets.put(key, bucket);
        }
        return bucket;
    }

    static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }
}
