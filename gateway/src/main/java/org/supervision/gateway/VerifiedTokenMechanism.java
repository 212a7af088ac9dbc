package org.supervision.gateway;

import java.util.Set;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs before the OIDC extension's bearer mechanism: a bearer token it finds in {@link VerifiedTokens}
 * is the identity it was verified as, without parsing the token again; anything else (no token, an
 * unknown, changed or expired token) is left to the OIDC extension, which also answers the 401.
 */
@ApplicationScoped
public class VerifiedTokenMechanism implements HttpAuthenticationMechanism {

    private final VerifiedTokens verifiedTokens;

    public VerifiedTokenMechanism(VerifiedTokens verifiedTokens) {
        this.verifiedTokens = verifiedTokens;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, VerifiedTokens.BEARER, 0, VerifiedTokens.BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        int from = VerifiedTokens.BEARER.length();
        int to = header.length();
        while (from < to && header.charAt(from) == ' ') {
            from++;
        }
        while (to > from && header.charAt(to - 1) == ' ') {
            to--;
        }
        VerifiedTokens.Entry known = verifiedTokens.find(header, from, to - from);
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        // the routing context is this request's, never the one the token was first seen with
        return Uni.createFrom().item(new RequestIdentity(known.identity(), known.caller(), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem(); // the OIDC extension's challenge
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return Uni.createFrom().item(Boolean.FALSE);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    /** Ahead of the OIDC extension's mechanism (default priority). */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
