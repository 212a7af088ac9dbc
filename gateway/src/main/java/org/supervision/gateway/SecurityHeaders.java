package org.supervision.gateway;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Headers that make a browser treat every answer as data, never as a page to render, frame or
 * sniff; added just before the headers leave, so the gateway's own errors get them too.
 */
@ApplicationScoped
public class SecurityHeaders {

    private final GatewayConfig.Headers config;

    public SecurityHeaders(GatewayConfig config) {
        this.config = config.headers();
    }

    void addTo(RoutingContext context) {
        String path = context.request().path();
        context.addHeadersEndHandler(v -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            config.strictTransportSecurity().filter(value -> !value.isBlank())
                    .ifPresent(value -> headers.set("Strict-Transport-Security", value));
            // Swagger UI is the one page the gateway serves; everything else is data
            if (!path.startsWith("/q/swagger-ui")) {
                headers.set("Content-Security-Policy", config.contentSecurityPolicy());
            }
            // API answers are personal to the caller: no shared cache keeps them (a service may say otherwise)
            if (path.startsWith("/api/") && !headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "no-store");
            }
        });
    }
}
