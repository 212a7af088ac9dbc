package org.supervision.gateway;

import io.vertx.ext.web.RoutingContext;

/**
 * A declared body above quarkus.http.limits.max-body-size, or above the smaller limit of the service
 * that owns the path (gateway.services.*.max-body-size), is refused with a 413 problem before any
 * byte is read or forwarded (Quarkus would answer an empty 413 itself, later). Chunked bodies
 * without a length are streamed; each service enforces the same limit on them, and the empty 413
 * it answers becomes a problem here too ({@link UpstreamGuard#isEmptyTooLarge}). Checked by
 * {@link ServiceRoutes} after authentication, so that an anonymous caller learns nothing but 401.
 */
final class BodySizeLimit {

    private BodySizeLimit() {
    }

    /** True when the request declares a body above the limit: then it has been answered 413. */
    static boolean refused(RoutingContext context, long limit) {
        String length = context.request().getHeader("Content-Length");
        if (length == null) {
            return false;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = Long.MAX_VALUE;
        }
        if (declared <= limit) {
            return false;
        }
        // the body is not read: close the connection after the answer instead of draining it
        context.response().putHeader("Connection", "close");
        Problem.of(413, "body-too-large", "Body too large", "The request body may be at most " + limit + " bytes.", context)
                .send(context, 0);
        return true;
    }
}
