package org.supervision.gateway;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A W3C trace context (traceparent) for the hop from the gateway to a service: the caller's trace is
 * continued with a new span id for the gateway; a missing or malformed one starts a new trace.
 */
record TraceParent(String traceId, String spanId, String flags) {

    static final String HEADER = "traceparent";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Continues a valid {@code 00-<32 hex>-<16 hex>-<2 hex>} (lower case, ids not all zero); else starts a trace. */
    static TraceParent continueOrStart(String given) {
        if (given != null) {
            String value = given.trim();
            if (value.length() == 55 && value.startsWith("00-") && value.charAt(35) == '-' && value.charAt(52) == '-'
                    && hex(value, 3, 35) && hex(value, 36, 52) && hex(value, 53, 55)
                    // all-zero ids are invalid by the spec; such a header is treated like no header
                    && !zeros(value, 3, 35) && !zeros(value, 36, 52)) {
                return new TraceParent(value.substring(3, 35), newId(8), value.substring(53, 55));
            }
        }
        return new TraceParent(newId(16), newId(8), "01");
    }

    /** The context of an OpenTelemetry span (valid), as the header passes it on. */
    static TraceParent of(io.opentelemetry.api.trace.SpanContext span) {
        return new TraceParent(span.getTraceId(), span.getSpanId(), span.getTraceFlags().asHex());
    }

    String header() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static boolean hex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean zeros(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** A random id of this many bytes in lower-case hex, never all zero. */
    static String newId(int bytes) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] hex = new char[bytes * 2];
        long any = 0;
        for (int i = 0; i < hex.length; i += 16) {
            long bits = random.nextLong();
            any |= bits;
            for (int j = 0; j < 16 && i + j < hex.length; j++) {
                hex[i + j] = HEX[(int) (bits >>> (60 - 4 * j)) & 0xf];
            }
        }
        return any == 0 ? newId(bytes) : new String(hex);
    }
}
