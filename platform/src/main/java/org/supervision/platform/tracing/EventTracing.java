package org.supervision.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.MDC;

import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.logging.Log;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Carries a trace across the outbox and Kafka, so that a request and the events it causes are one trace:
 * the context of the request is {@link #current() kept} with the outbox row, the relay's send is a
 * producer span {@link #publishing continuing} it whose W3C {@code traceparent}/{@code tracestate} go into
 * the record's headers, and a consumer {@link #continueFrom continues} it from those headers while it
 * handles the event, with the trace and span ids in its log lines (MDC {@code traceId}, {@code spanId}).
 *
 * <p>The W3C format is used whatever propagators are configured: it is what the rows and headers hold.
 * No payload, key or header value other than the trace context is recorded on a span.
 */
@ApplicationScoped
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    /** The relay's headers naming the event (CloudEvents' Kafka binding), beside its structured body. */
    public static final String EVENT_TYPE = "ce_type";
    public static final String EVENT_ID = "ce_id";
    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            Header last = headers == null ? null : headers.lastHeader(key);
            return last == null || last.value() == null ? null : new String(last.value(), StandardCharsets.UTF_8);
        }
    };

    private static final TextMapGetter<TraceContext> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(TraceContext stored) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(TraceContext stored, String key) {
            return stored == null ? null : TRACEPARENT.equals(key) ? stored.traceparent() : TRACESTATE.equals(key) ? stored.tracestate() : null;
        }
    };

    private final Tracer tracer;

    public EventTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("org.supervision.platform.events");
    }

    /** The trace of the caller (the request writing an event), or {@link TraceContext#NONE}. */
    public TraceContext current() {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        String traceparent = carrier.get(TRACEPARENT);
        return traceparent == null ? TraceContext.NONE : new TraceContext(traceparent, carrier.get(TRACESTATE));
    }

    /**
     * A producer span for sending one event, child of the trace it was written in ({@code stored}; a new
     * trace when there was none); its context replaces any trace headers in {@code headers}. The caller
     * ends it when Kafka answers ({@link #ended}).
     */
    public Span publishing(TraceContext stored, String topic, String eventId, String eventType, Headers headers) {
        Context parent = stored == null || stored.isEmpty() ? Context.root() : W3C.extract(Context.root(), stored, STORED);
        Span span = tracer.spanBuilder(topic + " publish").setParent(parent).setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", eventId)
                .setAttribute("cloudevents.event_type", eventType)
                .startSpan();
        headers.remove(TRACEPARENT);
        headers.remove(TRACESTATE);
        W3C.inject(parent.with(span), headers, (carrier, key, value) ->
                carrier.add(key, value.getBytes(StandardCharsets.UTF_8)));
        return span;
    }

    /** Ends a span of {@link #publishing}, as failed when {@code failure} is not null. */
    public static void ended(Span span, Throwable failure) {
        if (failure != null) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        }
        span.end();
    }

    /**
     * Continues the trace of a consumed record (its {@code traceparent} header; a new trace without one,
     * or with one that is not valid W3C) with a consumer span that is current, and in the log lines'
     * MDC, until the returned handle is closed.
     */
    public Continuation continueFrom(Headers headers, String topic) {
        Context parent = headers == null ? Context.root() : W3C.extract(Context.root(), headers, HEADERS);
        Span span = tracer.spanBuilder(topic + " process").setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .startSpan();
        Scope scope = parent.with(span).makeCurrent();
        SpanContext context = span.getSpanContext();
        Object traceIdBefore = MDC.get(TRACE_ID);
        Object spanIdBefore = MDC.get(SPAN_ID);
        if (context.isValid()) {
            MDC.put(TRACE_ID, context.getTraceId());
            MDC.put(SPAN_ID, context.getSpanId());
        }
        return new Continuation(span, scope, traceIdBefore, spanIdBefore);
    }

    /**
     * Runs {@code work} (the handling of {@code record}) inside the record's trace ({@link #continueFrom}),
     * logging (DEBUG) which event it is, so that the consumer's log lines for it carry the trace id of the
     * request that caused it. A failure marks the span and is thrown on.
     */
    public void within(ConsumerRecord<?, ?> record, Runnable work) {
        try (Continuation trace = continueFrom(record.headers(), record.topic())) {
            Log.debugf("consuming %s event %s (%s-%d offset %d)", HEADERS.get(record.headers(), EVENT_TYPE),
                    HEADERS.get(record.headers(), EVENT_ID), record.topic(), record.partition(), record.offset());
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                trace.failed(e);
                throw e;
            }
        }
    }

    /** A consumed event's span, current until closed; {@link #failed} marks it as failed first. */
    public static final class Continuation implements AutoCloseable {

        private final Span span;
        private final Scope scope;
        private final Object traceIdBefore;
        private final Object spanIdBefore;

        private Continuation(Span span, Scope scope, Object traceIdBefore, Object spanIdBefore) {
            this.span = span;
            this.scope = scope;
            this.traceIdBefore = traceIdBefore;
            this.spanIdBefore = spanIdBefore;
        }

        /** The trace this event belongs to (all zeros when tracing is off and the record carried none). */
        public String traceId() {
            return span.getSpanContext().getTraceId();
        }

        public void failed(Throwable failure) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        }

        @Override
        public void close() {
            restore(TRACE_ID, traceIdBefore);
            restore(SPAN_ID, spanIdBefore);
            scope.close();
            span.end();
        }

        private static void restore(String key, Object before) {
            if (before == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, before);
            }
        }
    }
}
