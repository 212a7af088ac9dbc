package org.supervision.gateway;

import org.jboss.logging.Logger;

import io.vertx.ext.web.RoutingContext;

/**
 * One line per request, written when the answer has gone out. It holds the path only: query strings
 * may carry names or id numbers, and no header is logged, so neither tokens nor cookies reach the log.
 */
final class AccessLog {

    static final String CATEGORY = "gateway.access";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private AccessLog() {
    }

    static void record(RoutingContext context, String requestId, TraceParent trace) {
        long started = System.nanoTime();
        String method = context.request().method().name();
        String path = context.request().path();
        context.addEndHandler(done -> {
            Caller caller = Caller.of(context);
            LOG.infof("%s %s %d %dms client=%s requestId=%s traceId=%s", method, printable(path),
                    context.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000,
                    caller == null ? "-" : printable(caller.clientId()), requestId, trace.traceId());
        });
    }

    /** A log line stays one line: control characters in a path cannot forge entries. */
    private static String printable(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append("%").append(String.format("%02X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
