package org.supervision.platform.tracing;

import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the gateway's {@code X-Request-Id} into the MDC ({@code requestId}) of every log line written for a
 * request, and onto the request's span ({@code supervision.request_id}), before anything else handles it.
 * The trace and span ids come from OpenTelemetry (MDC {@code traceId}, {@code spanId}). A missing id stays
 * empty: every request through the gateway has one. An id that is not harmless in a log line (the
 * gateway's rule: {@code [A-Za-z0-9._:-]{8,128}}) is left out rather than written.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Before authentication and the REST layer, so their log lines carry it too. */
    private static final int ORDER = -1000;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            String id = context.request().getHeader(HEADER);
            if (acceptable(id)) {
                MDC.put(MDC_KEY, id);
                Span.current().setAttribute("supervision.request_id", id);
            } else {
                MDC.remove(MDC_KEY);
            }
            context.next();
        });
    }

    /** The gateway's rule for a request id it keeps: harmless in a log line and a header. */
    public static boolean acceptable(String id) {
        if (id == null || id.length() < 8 || id.length() > 128) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
