package org.supervision.gateway;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A declared body above quarkus.http.limits.max-body-size is refused with a 413 problem before any
 * byte is read or forwarded (Quarkus would answer an empty 413 itself, later). Chunked bodies
 * without a length are streamed; each service enforces the same limit on them.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBytes = maxBodySize.asLongValue();
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
            if (declared > maxBytes) {
                // the body is not read: close the connection after the answer instead of draining it
                context.response().putHeader("Connection", "close");
                Problem.of(413, "body-too-large", "Body too large",
                        "The request body may be at most " + maxBytes + " bytes.", context).send(context, 0);
                return;
            }
            context.next();
        });
    }
}
