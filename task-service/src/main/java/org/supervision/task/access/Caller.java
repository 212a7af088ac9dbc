package org.supervision.task.access;

import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who is asking, as far as visibility goes: supervisors, leaders, admins and integrations see every
 * unit's assignments; a unit officer only those of the unit in the token's {@code unit} claim.
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
     * officer without a unit claim is confined to a unit that matches nothing.
     */
    public Optional<String> confinedToUnit() {
        if (identity.hasRole("supervisor") || identity.hasRole("admin") || identity.hasRole("leader")
                || identity.hasRole("integration")) {
            return Optional.empty();
        }
        Object unit = token.getClaim("unit");
        return Optional.of(unit == null ? "" : unit.toString());
    }

    /** The supervision office: supervisors and admins review, decide, cancel and reassign. */
    public boolean isSupervisor() {
        return identity.hasRole("supervisor") || identity.hasRole("admin");
    }

    /** The unit this caller acts for (a unit officer's token claim), if any. */
    public Optional<String> unit() {
        if (!identity.hasRole("unit-officer")) {
            return Optional.empty();
        }
        Object unit = token.getClaim("unit");
        return unit == null || unit.toString().isBlank() ? Optional.empty() : Optional.of(unit.toString());
    }

    public String name() {
        return identity.getPrincipal().getName();
    }
}
