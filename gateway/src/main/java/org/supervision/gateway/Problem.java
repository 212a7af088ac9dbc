package org.supervision.gateway;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyResponse;

/**
 * An RFC 9457 problem the gateway answers by itself (the services write their own). Same type
 * base as the services, so a client handles both alike.
 */
record Problem(String slug, String title, int status, String detail, String instance) {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://supervision.example.org/problems/";

    static Problem of(int status, String slug, String title, String detail, RoutingContext context) {
        return new Problem(slug, title, status, detail, context.request().path());
    }

    Buffer json() {
        return new JsonObject().put("type", TYPES + slug).put("title", title).put("status", status)
                .put("detail", detail).put("instance", instance).toBuffer();
    }

    /** Ends the exchange with this problem; retryAfterSeconds <= 0 means no Retry-After. */
    void send(RoutingContext context, long retryAfterSeconds) {
        var response = context.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE);
        if (retryAfterSeconds > 0) {
            response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        response.end(json());
    }

    /** The same problem as the answer of a proxied exchange (the upstream never answered, or was not asked). */
    ProxyResponse asProxyResponse(ProxyContext proxy, long retryAfterSeconds) {
        ProxyResponse response = proxy.request().release().response().setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE).setBody(Body.body(json()));
        if (retryAfterSeconds > 0) {
            response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        return response;
    }
}
