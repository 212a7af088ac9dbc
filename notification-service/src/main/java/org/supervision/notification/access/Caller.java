package org.supervision.notification.access;

import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who is asking, as far as visibility goes: supervisors, leaders, admins and integrations see every
 * unit's inbox; a unit officer only the inbox of the unit in the token's {@code unit} claim. The
 * webhooks of the suite are the supervision office's; an integration manages its own.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /**
     * The one unit this caller is confined to, or empty when the caller sees all units. A unit
     * officer without a unit claim, and anyone with none of the suite's roles (a unit claim alone
     * does not make an officer), are confined to a unit that matches nothing.
     */
    public Optional<String> confinedToUnit() {
        if (identity.hasRole("supervisor") || identity.hasRole("admin") || identity.hasRole("leader")
                || identity.hasRole("integration")) {
            return Optional.empty();
        }
        Object unit = identity.hasRole("unit-officer") ? token.getClaim("unit") : null;
        return Optional.of(unit == null ? "" : unit.toString());
    }

    /**
     * Whose webhooks the caller manages: the supervision office (supervisors, admins) every one;
     * an integration only those it registered itself, so that one system cannot read or stop another's.
     */
    public Optional<String> webhookOwner() {
        return identity.hasRole("supervisor") || identity.hasRole("admin") ? Optional.empty() : Optional.of(name());
    }

    public String name() {
        return identity.getPrincipal().getName();
    }
}
