package org.supervision.gateway;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Remembers which tokens the OIDC extension has verified, so that a client's next requests with the
 * same token skip the signature check and the three JSON parses that come with it (most of the
 * gateway's own cost per request). {@link VerifiedTokenRecorder} records each identity the OIDC
 * extension has just built from a token (signature, issuer, audience and expiry all checked);
 * {@link VerifiedTokenMechanism}, ahead of the OIDC extension, answers for a token recorded here
 * and leaves any other to the OIDC extension, which verifies it as usual.
 * Only the very same token string matches, so a changed byte is verified afresh. An entry lives
 * until the token expires and never longer than {@code gateway.verified-tokens.max-age}, which
 * bounds how long a rotated-out signing key keeps working for tokens already seen. The services
 * behind the gateway verify every token themselves in any case.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** How an Authorization header usually starts (RFC 6750 spelling). */
    static final String BEARER = "Bearer ";

    /** Marks an identity that came from here, so that recording it again is skipped. */
    static final String FROM_CACHE = "gateway.verified-token-cache";

    /** A verified token: the identity it established and its caller (worked out once), until expiresAtMillis. */
    record Entry(SecurityIdentity identity, Caller caller, long expiresAtMillis) {
    }

    /**
     * A token as a map key: {@code length} characters of {@code text} from {@code from}, so that a
     * request's token is looked up inside its Authorization header without copying it out. Every
     * request brings its token as a new string, whose hash code would be computed over all of its
     * 1–2 KB; the last characters (the signature) hash as well and cost a fraction. Equality is still
     * the whole token, character for character. A token is recorded inside the header it usually
     * comes in ({@code "Bearer <token>"}), so that for such a request the comparison is one
     * {@code String.equals}, which the JIT compiles to a vectorised compare; comparing a region
     * goes byte by byte, and cost as much as the rest of the token check.
     */
    private static final class Key {
        private final String text;
        private final int from;
        private final int length;
        private final int hash;

        private Key(String text, int from, int length) {
            this.text = text;
            this.from = from;
            this.length = length;
            int h = 0;
            for (int i = Math.max(from, from + length - 32); i < from + length; i++) {
                h = 31 * h + text.charAt(i);
            }
            this.hash = h;
        }

        static Key of(String token) {
            return new Key(token, 0, token.length());
        }

        /** A verified token as it is recorded: inside the Authorization header most requests bring it in. */
        static Key recorded(String token) {
            return new Key(BEARER + token, BEARER.length(), token.length());
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key key) || key.hash != hash || key.length != length) {
                return false;
            }
            if (key.from == from && key.text.equals(text)) {
                return true; // the same header, and so the same token
            }
            return text.regionMatches(from, key.text, key.from, length); // another spelling of the header
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final long maxAgeMillis;
    private final int maxEntries;
    private final LongSupplier clock;
    private final LongAdder hits = new LongAdder();

    @Inject
    public VerifiedTokens(GatewayConfig config) {
        this(config.verifiedTokens().enabled(), config.verifiedTokens().maxAge(), config.verifiedTokens().maxEntries(),
                System::currentTimeMillis);
    }

    VerifiedTokens(boolean enabled, Duration maxAge, int maxEntries, LongSupplier clock) {
        this.enabled = enabled;
        this.maxAgeMillis = maxAge.toMillis();
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The identity a token was verified as, or null: unknown, expired, or the cache is off. */
    SecurityIdentity lookup(String token) {
        Entry entry = token == null ? null : find(token, 0, token.length());
        return entry == null ? null : entry.identity();
    }

    /**
     * What the token at {@code from} in {@code text} (an Authorization header) was verified as, found
     * without copying it out; null: unknown, expired, or the cache is off.
     */
    Entry find(String text, int from, int length) {
        if (!enabled || length <= 0) {
            return null;
        }
        Key key = new Key(text, from, length);
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() >= entry.expiresAtMillis()) {
            entries.remove(key, entry);
            return null; // verified again, and refused if the token itself has expired
        }
        hits.increment();
        return entry;
    }

    void record(SecurityIdentity identity) {
        if (!enabled || identity.isAnonymous() || identity.getAttribute(FROM_CACHE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getRawToken() == null) {
            return;
        }
        long now = clock.getAsLong();
        long expiresAt = Math.min(token.getExpirationTime() * 1000, now + maxAgeMillis);
        if (expiresAt <= now) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> now >= e.expiresAtMillis());
            if (entries.size() >= maxEntries) {
                return;
            }
        }
        SecurityIdentity kept = withoutRequest(identity);
        entries.put(Key.recorded(token.getRawToken()), new Entry(kept, Caller.of(kept), expiresAt));
    }

    /** Everything the token established, without what belongs to the request it came with. */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        Principal principal = identity.getPrincipal();
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder().setPrincipal(principal)
                .addRoles(identity.getRoles()).addCredentials(identity.getCredentials())
                .addAttribute(FROM_CACHE, Boolean.TRUE);
        identity.getAttributes().forEach((name, value) -> {
            if (!HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE.equals(name)) {
                copy.addAttribute(name, value);
            }
        });
        return copy.build();
    }

    /** How many requests were answered from here (for tests and the benchmark). */
    long hits() {
        return hits.sum();
    }

    int size() {
        return entries.size();
    }
}
