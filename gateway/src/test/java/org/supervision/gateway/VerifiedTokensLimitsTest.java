package org.supervision.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;

/** The cache's own rules, with a clock the test moves: expiry, maximum age, size bound, what is kept. */
class VerifiedTokensLimitsTest {

    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);

    private static SecurityIdentity verified(String raw, long expiresAtSecond) {
        JsonWebToken token = new JsonWebToken() {
            private final Map<String, Object> claims = Map.of(Claims.raw_token.name(), raw, Claims.exp.name(), expiresAtSecond,
                    Claims.sub.name(), "officer");

            @Override
            public String getName() {
                return "officer";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(token).addRole("unit-officer")
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, "the first request").build();
    }

    private VerifiedTokens cache(Duration maxAge, int maxEntries) {
        return new VerifiedTokens(true, maxAge, maxEntries, now::get);
    }

    @Test
    void aTokenIsFoundInsideItsHeaderHoweverTheHeaderIsSpelled() {
        VerifiedTokens tokens = cache(Duration.ofMinutes(10), 100);
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvZmZpY2VyIn0.c2lnbmF0dXJlLW9mLXRoZS1rZXk";
        tokens.record(verified(token, now.get() / 1000 + 60));
        String usual = "Bearer " + token;
        assertNotNull(tokens.find(usual, 7, token.length()), "the usual header");
        String odd = "bearer   " + token + " ";
        assertNotNull(tokens.find(odd, 9, token.length()), "another spelling of the scheme, more spaces");
        String changed = "Bearer " + token.substring(0, 10) + "X" + token.substring(11);
        assertNull(tokens.find(changed, 7, token.length()), "one changed character in the claims, the signature's end the same");
        String longer = "Bearer " + token + "A";
        assertNull(tokens.find(longer, 7, token.length() + 1), "a longer token");
        assertNull(tokens.find(usual, 7, token.length() - 1), "a prefix of the token");
    }

    @Test
    void anEntryEndsWithTheTokensExpiry() {
        VerifiedTokens tokens = cache(Duration.ofMinutes(10), 100);
        tokens.record(verified("a.b.c", now.get() / 1000 + 30));
        assertNotNull(tokens.lookup("a.b.c"));
        assertNull(tokens.lookup("a.b.d"), "only the very same token string matches");
        now.addAndGet(30_000);
        assertNull(tokens.lookup("a.b.c"), "expired: the OIDC extension decides again");
        assertEquals(0, tokens.size());
    }

    @Test
    void anEntryEndsAfterTheMaximumAgeEvenIfTheTokenLivesLonger() {
        VerifiedTokens tokens = cache(Duration.ofSeconds(60), 100);
        tokens.record(verified("long.lived.token", now.get() / 1000 + 3600));
        now.addAndGet(59_000);
        assertNotNull(tokens.lookup("long.lived.token"));
        now.addAndGet(1_000);
        assertNull(tokens.lookup("long.lived.token"));
    }

    @Test
    void theRequestOfTheFirstUseIsNotKeptAndARecordedIdentityIsMarked() {
        VerifiedTokens tokens = cache(Duration.ofSeconds(60), 100);
        tokens.record(verified("x.y.z", now.get() / 1000 + 300));
        SecurityIdentity kept = tokens.lookup("x.y.z");
        assertNull(kept.getAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE));
        assertEquals(Boolean.TRUE, kept.getAttribute(VerifiedTokens.FROM_CACHE));
        assertEquals(Set.of("unit-officer"), kept.getRoles());
    }

    @Test
    void aFullCacheMakesRoomFromExpiredEntriesOnlyAndOtherwiseVerifiesNewTokensEachTime() {
        VerifiedTokens tokens = cache(Duration.ofSeconds(60), 2);
        tokens.record(verified("one", now.get() / 1000 + 10));
        tokens.record(verified("two", now.get() / 1000 + 300));
        tokens.record(verified("three", now.get() / 1000 + 300));
        assertNull(tokens.lookup("three"), "full: not remembered");
        assertNotNull(tokens.lookup("one"));
        now.addAndGet(10_000);
        tokens.record(verified("three", now.get() / 1000 + 300));
        assertNotNull(tokens.lookup("three"), "the expired entry made room");
        assertNotNull(tokens.lookup("two"));
    }

    @Test
    void anAnonymousOrAlreadyExpiredIdentityIsNotRecorded() {
        VerifiedTokens tokens = cache(Duration.ofSeconds(60), 100);
        tokens.record(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        tokens.record(verified("old", now.get() / 1000 - 1));
        assertEquals(0, tokens.size());
    }
}
