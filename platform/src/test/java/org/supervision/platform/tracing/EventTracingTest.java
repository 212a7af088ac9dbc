package org.supervision.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * A trace goes from the request that writes an event, through the outbox row and the Kafka record's
 * headers, to the consumer handling it: one trace id all the way, in the consumer's MDC while it works.
 */
class EventTracingTest {

    private final List<SpanData> ended = new CopyOnWriteArrayList<>();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(new SpanExporter() {
                @Override
                public CompletableResultCode export(java.util.Collection<SpanData> spans) {
                    ended.addAll(spans);
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode flush() {
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode shutdown() {
                    return CompletableResultCode.ofSuccess();
                }
            })).build();
    private final EventTracing tracing = new EventTracing(OpenTelemetrySdk.builder().setTracerProvider(provider).build());

    @AfterEach
    void close() {
        provider.close();
        MDC.clear();
    }

    @Test
    void theRequestsTraceIsKeptWithTheEventAndGoesIntoTheRecordsHeaders() {
        Span request = provider.get("test").spanBuilder("POST /api/v1/plans").startSpan();
        TraceContext written;
        try (Scope ignored = request.makeCurrent()) {
            written = tracing.current();
        } finally {
            request.end();
        }
        String traceId = request.getSpanContext().getTraceId();
        assertEquals(traceId, written.traceId());
        assertTrue(written.traceparent().contains(request.getSpanContext().getSpanId()), written.traceparent());

        // later, on the relay's thread, with no current trace
        Headers headers = new RecordHeaders().add("traceparent", "00-ffffffffffffffffffffffffffffffff-ffffffffffffffff-01"
                .getBytes(StandardCharsets.UTF_8));
        Span send = tracing.publishing(written, "supervision.plan.v1", "e-1", "plan.published.v2", headers);
        EventTracing.ended(send, null);

        assertEquals(1, count(headers, "traceparent"), "one traceparent: a stale one is replaced, not added to");
        String sent = header(headers, "traceparent");
        assertEquals(traceId, sent.substring(3, 35), "the record carries the request's trace");
        assertEquals(send.getSpanContext().getSpanId(), sent.substring(36, 52), "its parent is the producer span");
        SpanData producer = only(SpanKind.PRODUCER);
        assertEquals(request.getSpanContext().getSpanId(), producer.getParentSpanId());
        assertEquals("supervision.plan.v1 publish", producer.getName());
    }

    @Test
    void theConsumerContinuesTheTraceFromTheHeadersWithItsIdsInTheMdcWhileItWorks() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        Headers headers = new RecordHeaders()
                .add("traceparent", ("00-" + traceId + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8))
                .add("ce_type", "plan.published.v2".getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, String> record = record(headers);
        MDC.put("traceId", "before");
        String[] seen = new String[3];
        tracing.within(record, () -> {
            seen[0] = (String) MDC.get("traceId");
            seen[1] = Span.current().getSpanContext().getTraceId();
            seen[2] = (String) MDC.get("spanId");
        });
        assertEquals(traceId, seen[0]);
        assertEquals(traceId, seen[1]);
        SpanData consumer = only(SpanKind.CONSUMER);
        assertEquals("00f067aa0ba902b7", consumer.getParentSpanId());
        assertEquals(consumer.getSpanId(), seen[2]);
        assertEquals("before", MDC.get("traceId"), "the thread's MDC is as it was afterwards");
        assertNull(MDC.get("spanId"));
        assertFalse(Span.current().getSpanContext().isValid(), "nothing stays current");
    }

    @Test
    void aRecordWithoutOrWithABrokenTraceparentStartsATraceOfItsOwn() {
        for (String broken : new String[] {null, "00-zz-not-a-trace", "00-00000000000000000000000000000000-00f067aa0ba902b7-01"}) {
            Headers headers = new RecordHeaders();
            if (broken != null) {
                headers.add("traceparent", broken.getBytes(StandardCharsets.UTF_8));
            }
            String[] seen = new String[1];
            tracing.within(record(headers), () -> seen[0] = (String) MDC.get("traceId"));
            assertTrue(seen[0] != null && seen[0].matches("[0-9a-f]{32}") && !seen[0].equals("0".repeat(32)),
                    "a new trace for " + broken + ": " + seen[0]);
        }
        assertEquals(3, ended.size());
        assertTrue(ended.stream().noneMatch(s -> s.getParentSpanContext().isValid()), "every one of them a root span");
    }

    @Test
    void aFailingConsumerMarksItsSpanAndTheFailureGoesOn() {
        IllegalStateException failure = new IllegalStateException("boom");
        assertThrows(IllegalStateException.class, () -> tracing.within(record(new RecordHeaders()), () -> {
            throw failure;
        }));
        assertEquals(StatusCode.ERROR, only(SpanKind.CONSUMER).getStatus().getStatusCode());
        assertNull(MDC.get("traceId"));
    }

    @Test
    void anEventWrittenWithoutATraceIsSentInANewOne() {
        assertTrue(tracing.current().isEmpty(), "no current span, nothing to keep");
        Headers headers = new RecordHeaders();
        Span send = tracing.publishing(TraceContext.NONE, "supervision.task.v1", "e-2", "assignment.issued", headers);
        EventTracing.ended(send, new IllegalStateException("refused"));
        String sent = header(headers, "traceparent");
        assertEquals(send.getSpanContext().getTraceId(), sent.substring(3, 35));
        SpanData producer = only(SpanKind.PRODUCER);
        assertFalse(producer.getParentSpanContext().isValid());
        assertEquals(StatusCode.ERROR, producer.getStatus().getStatusCode());
    }

    private SpanData only(SpanKind kind) {
        List<SpanData> of = ended.stream().filter(s -> s.getKind() == kind).toList();
        assertEquals(1, of.size(), "spans of kind " + kind + ": " + of);
        return of.get(0);
    }

    private static ConsumerRecord<String, String> record(Headers headers) {
        return new ConsumerRecord<>("supervision.plan.v1", 0, 7L, ConsumerRecord.NO_TIMESTAMP,
                org.apache.kafka.common.record.TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE,
                ConsumerRecord.NULL_SIZE, "plan-1", "{}", headers, java.util.Optional.empty());
    }

    private static long count(Headers headers, String key) {
        return java.util.stream.StreamSupport.stream(headers.headers(key).spliterator(), false).count();
    }

    private static String header(Headers headers, String key) {
        return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
