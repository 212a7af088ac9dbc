package org.supervision.platform.tracing;

/**
 * A W3C trace context as text ({@code traceparent}, {@code tracestate}), kept where the trace cannot
 * travel by itself: with an outbox row, between the request that wrote the event and the relay that
 * sends it later on another thread. Both null when there was no trace.
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final TraceContext NONE = new TraceContext(null, null);

    public boolean isEmpty() {
        return traceparent == null;
    }

    /** The trace id of the traceparent ({@code 00-<trace id>-<span id>-<flags>}), or null. */
    public String traceId() {
        return traceparent != null && traceparent.length() == 55 ? traceparent.substring(3, 35) : null;
    }
}
