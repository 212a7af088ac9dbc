package org.supervision.notification.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

/**
 * Who is asking, as far as visibility goes: supervisors, leaders and admins see every unit's inbox; a
 * unit officer only the inbox of the unit in the token's {@code unit} claim; an integration only the
 * inboxes of the units its token's {@code unit} claim grants (one code or a list), none without it. The
 * webhooks of the suite are the supervision office's; an integration manages its own.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final OfficeUnit office;

    public Caller(SecurityIdentity identity, JsonWebToken token, OfficeUnit office) {
        this.identity = identity;
        this.token = token;
        this.office = office;
    }

    /**
     * Whose inbox the caller reads. A unit officer reads the unit of the claim (one code; an officer
     * without it reads nothing); an integration reads what its token grants, not everything, and
     * without a unit claim it is refused (403): a machine client that reads every unit's reminders and
     * 督办单 would be a copy of the whole inbox outside the suite. Anyone with none of the suite's roles
     * (a unit claim alone does not make an officer) reads nothing.
     */
    public InboxReader inboxReader() {
        if (identity.hasRole("supervisor") || identity.hasRole("admin")) {
            return InboxReader.office(office.code());
        }
        if (identity.hasRole("leader")) {
            return InboxReader.everyUnit();
        }
        if (identity.hasRole("unit-officer")) {
            Object unit = token.getClaim("unit");
            return new InboxReader(Set.of(unit == null ? "" : unit.toString()), true);
        }
        if (identity.hasRole("integration")) {
            Set<String> granted = unitClaims();
            if (granted.isEmpty()) {
                throw new ProblemException(Problem.of(403, "forbidden", "Forbidden",
                        "This integration is not granted any unit's inbox: its token carries no unit claim."));
            }
            return new InboxReader(granted, false);
        }
        return new InboxReader(Set.of(), false);
    }

    /** The codes of the token's {@code unit} claim: one text, or an array of texts (a multivalued mapper). */
    private Set<String> unitClaims() {
        Object claim = token.getClaim("unit");
        Collection<?> values = claim instanceof Collection<?> many ? many : claim == null ? Set.of() : Set.of(claim);
        Set<String> codes = new LinkedHashSet<>();
        for (Object value : values) {
            String code = value instanceof JsonString json ? json.getString() : value instanceof CharSequence plain ? plain.toString() : null;
            if (code != null && !code.isBlank()) {
                codes.add(code.strip());
            }
        }
        return codes;
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
