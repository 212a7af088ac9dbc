package org.supervision.faults;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real tokens from the platform's Keycloak (password grant of the LOCAL DEMO realm), kept for a few
 * minutes as a client would: access tokens live 300 s, so one issued before a 60 s Keycloak outage still
 * works through it (KeycloakOutageTest).
 */
final class Tokens {

    static final String SUPERVISOR = "supervisor";
    static final String[] OFFICERS = {"officer-fgw", "officer-scjg", "officer-spj"};
    private static final Duration KEEP = Duration.ofSeconds(200);

    private record Issued(String token, Instant at) {
    }

    private final String tokenUrl;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    Tokens(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    /** A token of the user, reused while it has at least 100 s to live; a new login otherwise. */
    String of(String user) throws IOException {
        Issued known = issued.get(user);
        if (known != null && known.at().plus(KEEP).isAfter(Instant.now())) {
            return known.token();
        }
        String token = login(user);
        issued.put(user, new Issued(token, Instant.now()));
        return token;
    }

    /** New tokens for every user of the traffic, so that they outlive an outage that starts now. */
    void renewAll() throws IOException {
        issued.clear();
        of(SUPERVISOR);
        for (String officer : OFFICERS) {
            of(officer);
        }
    }

    /** A new login; an IOException when Keycloak cannot be reached. */
    String login(String user) throws IOException {
        Api.Answer answer = Api.postForm(tokenUrl, Map.of("grant_type", "password", "client_id", "supervision-app",
                "username", user, "password", user));
        if (answer.status() != 200) {
            throw new IOException("login of " + user + " answered " + answer);
        }
        return answer.json().path("access_token").asText();
    }
}
