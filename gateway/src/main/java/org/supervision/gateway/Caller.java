package org.supervision.gateway;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Who is calling, as far as the verified token says: the client (azp, else sub), the subject (the
 * user, or the client's service account) and the realm roles.
 */
record Caller(String clientId, String subject, Set<String> roles) {

    /**
     * Whose token bucket a request takes from: the client and the user together. Every officer's app
     * is the same public client, so a bucket per client alone let one busy user slow everybody down.
     */
    String rateKey() {
        return clientId + "/" + subject;
    }


    /** Null unless Quarkus has authenticated the request (verified signature, issuer, audience, expiry). */
    static Caller of(RoutingContext context) {
        if (!(context.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity instanceof RequestIdentity known) {
            return known.caller(); // a remembered token: worked out when it was verified
        }
        return of(identity);
    }

    /** Who an identity is; null for none or an anonymous one. */
    static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        String client = null;
        String subject = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            if (token.getSubject() != null) {
                subject = token.getSubject();
            }
            client = token.getClaim("azp");
            if (client == null || client.isBlank()) {
                client = token.getSubject();
            }
        }
        if (client == null) {
            client = identity.getPrincipal().getName();
        }
        return new Caller(client, subject, identity.getRoles());
    }
}
