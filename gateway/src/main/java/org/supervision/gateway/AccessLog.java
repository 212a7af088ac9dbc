package org.supervision.gateway;

import org.jboss.logging.Logger;

import io.vertx.ext.web.RoutingContext;

/**
 * One line per request, written when the answer has gone out. It holds the path only: query strings
 * may carry names or id numbers, and no header is logged, so neither tokens nor cookies reach the log.
 * The line is put together here, once, rather than as a format string for the log thread: printf
 * formatting was most of the log thread's work.
 */
final class AccessLog {

    static final String CATEGORY = "gateway.access";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AccessLog() {
    }

    static void record(RoutingContext context, String requestId, TraceParent trace) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long started = System.nanoTime();
        context.addEndHandler(done -> LOG.info(line(context, requestId, trace.traceId(), started)));
    }

    private static String line(RoutingContext context, String requestId, String traceId, long started) {
        Caller caller = Caller.of(context);
        StringBuilder line = new StringBuilder(160).append(context.request().method().name()).append(' ');
        printable(line, context.request().path());
        line.append(' ').append(context.response().getStatusCode()).append(' ')
                .append((System.nanoTime() - started) / 1_000_000).append("ms client=");
        printable(line, caller == null ? null : caller.clientId());
        return line.append(" requestId=").append(requestId).append(" traceId=").append(traceId).toString();
    }

    /** A log line stays one line: control characters in a path cannot forge entries. */
    private static void printable(StringBuilder out, String text) {
        if (text == null) {
            out.append('-');
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append('%').append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
}
