package org.supervision.gateway;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Headers that make a browser treat every answer as data, never as a page to render, frame or
 * sniff; added just before the headers leave, so the gateway's own errors get them too. Names and
 * values are encoded once, not for every answer.
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final CharSequence CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence FRAME_OPTIONS = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    private static final CharSequence HSTS = HttpHeaders.createOptimized("Strict-Transport-Security");
    private static final CharSequence CSP = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence CACHE_CONTROL = HttpHeaders.createOptimized("Cache-Control");
    private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");
    private static final CharSequence NO_CACHE = HttpHeaders.createOptimized("no-cache");

    /** Null when off. */
    private final CharSequence strictTransportSecurity;
    private final CharSequence contentSecurityPolicy;
    /** The console's pages: scripts, styles and calls from the gateway itself and the sign-in server only. */
    private final CharSequence consolePolicy;

    public SecurityHeaders(GatewayConfig config, ConsoleSite console) {
        this.consolePolicy = HttpHeaders.createOptimized(console.contentSecurityPolicy());
        this.strictTransportSecurity = config.headers().strictTransportSecurity().filter(value -> !value.isBlank())
                .map(HttpHeaders::createOptimized).orElse(null);
        this.contentSecurityPolicy = HttpHeaders.createOptimized(config.headers().contentSecurityPolicy());
    }

    void addTo(RoutingContext context) {
        String path = context.request().path();
        context.addHeadersEndHandler(v -> addTo(context.response().headers(), path));
    }

    void addTo(MultiMap headers, String path) {
        headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
        headers.set(FRAME_OPTIONS, DENY);
        headers.set(REFERRER_POLICY, NO_REFERRER);
        if (strictTransportSecurity != null) {
            headers.set(HSTS, strictTransportSecurity);
        }
        // The console's pages get their own strict policy; Swagger UI brings its own; everything else is data
        if (ConsoleSite.isConsolePath(path)) {
            headers.set(CSP, consolePolicy);
            if (ConsoleSite.isRevalidated(path)) {
                headers.set(CACHE_CONTROL, NO_CACHE);
            }
        } else if (path == null || !path.startsWith("/q/swagger-ui")) {
            headers.set(CSP, contentSecurityPolicy);
        }
        // API answers are personal to the caller: no shared cache keeps them (a service may say otherwise)
        if (path != null && path.startsWith("/api/") && !headers.contains(CACHE_CONTROL)) {
            headers.set(CACHE_CONTROL, NO_STORE);
        }
    }
}
