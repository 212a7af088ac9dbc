package org.supervision.gateway;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code gateway_upstream_requests_seconds{service, outcome}}: every call the gateway makes to a
 * service, from the moment it is routed until the service's answer starts (or the gateway gives up),
 * by status class (2xx to 5xx) or by what went wrong (timeout, unreachable, closed, busy, circuit-open).
 * It replaces Quarkus' HTTP server metrics on the proxied routes: those cost a few percent of the
 * gateway's work per request and tagged each request with its raw path (an id in every path), while
 * these meters are made once, at start.
 */
final class UpstreamMetrics {

    static final String NAME = "gateway.upstream.requests";

    private final Timer[] byStatusClass = new Timer[6]; // index status / 100; 0 for anything odd
    private final Timer timeout;
    private final Timer unreachable;
    private final Timer closed;
    private final Timer busy;
    private final Timer circuitOpen;

    UpstreamMetrics(MeterRegistry registry, String service) {
        byStatusClass[0] = timer(registry, service, "other");
        for (int c = 1; c <= 5; c++) {
            byStatusClass[c] = timer(registry, service, c + "xx");
        }
        timeout = timer(registry, service, "timeout");
        unreachable = timer(registry, service, "unreachable");
        closed = timer(registry, service, "closed");
        busy = timer(registry, service, "busy");
        circuitOpen = timer(registry, service, "circuit-open");
    }

    private static Timer timer(MeterRegistry registry, String service, String outcome) {
        return Timer.builder(NAME).description("Calls to a service: from routing until its answer starts, by outcome")
                .tag("service", service).tag("outcome", outcome).register(registry);
    }

    void answered(int status, long startedNanos) {
        int c = status / 100;
        record(byStatusClass[c >= 1 && c <= 5 ? c : 0], startedNanos);
    }

    void timedOut(long startedNanos) {
        record(timeout, startedNanos);
    }

    void unreachable(long startedNanos) {
        record(unreachable, startedNanos);
    }

    void closed(long startedNanos) {
        record(closed, startedNanos);
    }

    void busy(long startedNanos) {
        record(busy, startedNanos);
    }

    void circuitOpen() {
        circuitOpen.record(0, TimeUnit.NANOSECONDS);
    }

    private static void record(Timer timer, long startedNanos) {
        timer.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }
}
