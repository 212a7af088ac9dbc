package org.supervision.gateway;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A W3C trace context (traceparent) for the hop from the gateway to a service: the caller's trace is
 * continued with a new span id for the gateway; a missing or malformed one starts a new trace.
 */
record TraceParent(String traceId, String spanId, String flags) {

    static final String HEADER = "traceparent";
    private static final Pattern VALID = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);

    static TraceParent continueOrStart(String given) {
        if (given != null) {
            var match = VALID.matcher(given.trim());
            // all-zero ids are invalid by the spec; such a header is treated like no header
            if (match.matches() && !match.group(1).equals(ZERO_TRACE) && !match.group(2).equals(ZERO_SPAN)) {
                return new TraceParent(match.group(1), newId(8), match.group(3));
            }
        }
        return new TraceParent(newId(16), newId(8), "01");
    }

    String header() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String newId(int bytes) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] hex = new char[bytes * 2];
        boolean allZero = true;
        for (int i = 0; i < hex.length; i++) {
            int digit = random.nextInt(16);
            allZero &= digit == 0;
            hex[i] = Character.forDigit(digit, 16);
        }
        return allZero ? newId(bytes) : new String(hex);
    }
}
