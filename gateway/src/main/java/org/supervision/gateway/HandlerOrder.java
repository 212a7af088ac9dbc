package org.supervision.gateway;

/**
 * Where the gateway's handlers sit among Quarkus' own (lower runs first). Quarkus puts CORS at -300,
 * token authentication at -200 and the permission check (the 401) at -100; the one route of
 * {@link ServiceRoutes} (body size, then the proxy) comes after all of these.
 */
final class HandlerOrder {

    /** Request id, trace context, security headers, access log: for every answer, 401s and 429s included. */
    static final int FRONT_DOOR = -1000;
    /** Limits that need no token: floods without (or with rejected) tokens stop before any token is verified. */
    static final int LIMIT_BY_ADDRESS = -900;
    /** After the token is verified: limits by client and role. */
    static final int LIMIT_BY_CLIENT = -50;
    /**
     * After authentication, so that an anonymous caller learns nothing but 401; before Quarkus' own body
     * limit (-2), which would answer an oversized body with an empty 413 instead of the gateway's problem.
     */
    static final int SERVICE_ROUTES = -40;

    private HandlerOrder() {
    }
}
