package org.supervision.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.supervision.local.KeycloakServer;

/**
 * Keycloak down for 60 s during traffic: tokens issued before keep working (the gateway and the
 * services validate them with the keys they hold), a new login fails, a token signed with a key no one
 * knows is answered 401 promptly (not a 5xx, not a hang while the key set cannot be fetched), and after
 * the restart new logins work again.
 */
@Order(9)
class KeycloakOutageTest {

    @Test
    void issuedTokensOutliveAKeycloakOutageAndNewLoginsFailCleanly() throws Exception {
        Scenario.of("keycloak-down-60s", "Keycloak stopped for 60 s during traffic, started again").run((traffic, findings) -> {
            FaultPlatform platform = FaultPlatform.get();
            KeycloakServer keycloak = platform.platform.keycloak();
            String known = platform.tokens.of(Tokens.SUPERVISOR);
            Progress.log("  stopping Keycloak");
            keycloak.stop();
            long stopped = System.nanoTime();
            try {
                platform.tokens.login(Tokens.SUPERVISOR);
                findings.check(false, "a new login fails while Keycloak is down (it succeeded)");
            } catch (IOException expected) {
                findings.check(true, "a new login fails while Keycloak is down (" + expected.getClass().getSimpleName() + ")");
            }
            long start = System.nanoTime();
            Api.Answer unknownKey = Api.get(platform.gateway(), withUnknownKey(known), "/api/v1/plans?size=1");
            long millis = (System.nanoTime() - start) / 1_000_000;
            findings.check(unknownKey.status() == 401 && millis < 10_000,
                    "a token signed with an unknown key is answered " + unknownKey.status() + " in " + millis + " ms (401 within 10 s)");
            Api.Answer issued = Api.get(platform.gateway(), known, "/api/v1/plans?size=1");
            findings.check(issued.status() == 200, "a token issued before the outage is answered " + issued.status() + " during it");
            Progress.sleep(Math.max(0, 60_000 - (System.nanoTime() - stopped) / 1_000_000));
            keycloak.startAgain();
            Instant back = Instant.now();
            Progress.log("  Keycloak is back after %d s", Duration.ofNanos(System.nanoTime() - stopped).toSeconds());
            try {
                platform.tokens.login(Tokens.SUPERVISOR);
                findings.check(true, "a new login works again after the restart");
            } catch (IOException e) {
                findings.check(false, "a new login works again after the restart: " + e.getMessage());
            }
            findings.check(!traffic.outcomes().contains(" 401 "), "no request of the traffic was answered 401 (" + traffic.outcomes() + ")");
            return back;
        });
    }

    /** The same token with its header's key id changed: a signature by a key the realm never published. */
    private static String withUnknownKey(String token) {
        String[] parts = token.split("\\.");
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"no-such-key-faults\"}";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + "." + parts[2];
    }
}
