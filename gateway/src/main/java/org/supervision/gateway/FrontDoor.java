package org.supervision.gateway;

import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The first handler every request meets: it gets its request id and trace context (passed on to
 * the service and put into the gateway's log lines), its security headers and its access log line.
 */
@ApplicationScoped
public class FrontDoor {

    private final SecurityHeaders securityHeaders;
    private final AccessLog accessLog;

    public FrontDoor(SecurityHeaders securityHeaders, AccessLog accessLog) {
        this.securityHeaders = securityHeaders;
        this.accessLog = accessLog;
    }

    void register(@Observes Router router) {
        router.route().order(HandlerOrder.FRONT_DOOR).handler(context -> {
            String requestId = RequestIds.keepOrCreate(context.request().getHeader(RequestIds.HEADER));
            // the request's span (OpenTelemetry continues the caller's traceparent or starts a trace): the service's
            // span becomes its child; without one (tracing off) the gateway continues the header itself
            SpanContext span = Span.current().getSpanContext();
            TraceParent trace = span.isValid() ? TraceParent.of(span)
                    : TraceParent.continueOrStart(context.request().getHeader(TraceParent.HEADER));
            // the proxy copies the incoming headers, so setting them here passes them on to the service
            context.request().headers().set(RequestIds.HEADER, requestId);
            context.request().headers().set(TraceParent.HEADER, trace.header());
            context.response().putHeader(RequestIds.HEADER, requestId);
            MDC.put("requestId", requestId);
            MDC.put("traceId", trace.traceId());
            MDC.put("spanId", trace.spanId());
            securityHeaders.addTo(context);
            accessLog.record(context, requestId, trace);
            context.next();
        });
    }
}
