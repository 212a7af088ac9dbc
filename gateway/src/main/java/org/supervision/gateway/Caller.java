package org.supervision.gateway;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/** Who is calling, as far as the verified token says: the client (azp, else sub) and the realm roles. */
record Caller(String clientId, Set<String> roles) {

    /** Null unless Quarkus has authenticated the request (verified signature, issuer, audience, expiry). */
    static Caller of(RoutingContext context) {
        if (!(context.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        String client = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            client = token.getClaim("azp");
            if (client == null || client.isBlank()) {
                client = token.getSubject();
            }
        }
        if (client == null) {
            client = identity.getPrincipal().getName();
        }
        return new Caller(client, identity.getRoles());
    }
}
