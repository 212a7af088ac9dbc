package org.supervision.gateway;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A declared body above quarkus.http.limits.max-body-size, or above the smaller limit of the service
 * that owns the path (gateway.services.*.max-body-size), is refused with a 413 problem before any
 * byte is read or forwarded (Quarkus would answer an empty 413 itself, later). Chunked bodies
 * without a length are streamed; each service enforces the same limit on them.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    /** Path prefix → the smaller limit of the service that owns it (gateway.services.*.max-body-size). */
    private final Map<String, Long> serviceLimits = new HashMap<>();

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, GatewayConfig config) {
        this.maxBytes = maxBodySize.asLongValue();
        config.services().values().forEach(service -> service.maxBodySize().ifPresent(limit -> service.paths()
                .forEach(prefix -> serviceLimits.put(prefix.replaceAll("/+$", ""), Math.min(limit.asLongValue(), maxBytes)))));
    }

    /** The limit for a path: its service's, if it has a smaller one, else the gateway's. */
    long limitFor(String path) {
        return serviceLimits.entrySet().stream()
                .filter(e -> path.equals(e.getKey()) || path.startsWith(e.getKey() + "/"))
                .mapToLong(Map.Entry::getValue).min().orElse(maxBytes);
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(HandlerOrder.BODY_SIZE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = Long.MAX_VALUE;
            }
            long limit = limitFor(context.request().path());
            if (declared > limit) {
                // the body is not read: close the connection after the answer instead of draining it
                context.response().putHeader("Connection", "close");
                Problem.of(413, "body-too-large", "Body too large",
                        "The request body may be at most " + limit + " bytes.", context).send(context, 0);
                return;
            }
            context.next();
        });
    }
}
