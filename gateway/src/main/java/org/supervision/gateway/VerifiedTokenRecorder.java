package org.supervision.gateway;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Hands every identity the OIDC extension has verified to {@link VerifiedTokens}, unchanged. */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens verifiedTokens;

    public VerifiedTokenRecorder(VerifiedTokens verifiedTokens) {
        this.verifiedTokens = verifiedTokens;
    }

    /** After every other augmentor: what is recorded is the identity as requests finally see it. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        verifiedTokens.record(identity);
        return Uni.createFrom().item(identity);
    }
}
