package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A verified token is reused until it expires, and nothing but that exact token is let through on the strength of it. */
@QuarkusTest
@QuarkusTestResource(EchoServices.class)
class VerifiedTokensTest {

    @Inject VerifiedTokens verifiedTokens;

    private static String freshToken(long expiresAtEpochSecond) {
        return TestTokens.claims("officer-" + UUID.randomUUID(), List.of("unit-officer"), "QZ-FGW")
                .expiresAt(expiresAtEpochSecond).jws().keyId("test-key").sign(TestTokens.privateKey());
    }

    @Test
    void aTokenIsVerifiedOnceAndThenReused() {
        String token = freshToken(Instant.now().getEpochSecond() + 300);
        long before = verifiedTokens.hits();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/assignments").then().statusCode(200)
                    .body("service", equalTo("task")).body("authorization", equalTo("Bearer " + token));
        }
        assertEquals(2, verifiedTokens.hits() - before, "the second and third request are answered from the cache");
    }

    @Test
    void aChangedCopyOfAKnownTokenIsVerifiedAndRefused() {
        String token = freshToken(Instant.now().getEpochSecond() + 300);
        given().auth().oauth2(token).when().get("/api/v1/plans").then().statusCode(200);
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        given().auth().oauth2(badSignature).when().get("/api/v1/plans").then().statusCode(401);
        String otherPayload = TestTokens.claims("supervisor", List.of("supervisor"), null).jws().keyId("test-key")
                .sign(TestTokens.privateKey()).split("\\.")[1];
        given().auth().oauth2(parts[0] + "." + otherPayload + "." + parts[2]).when().get("/api/v1/plans").then().statusCode(401);
    }

    @Test
    void aKnownTokenIsRefusedOnceItHasExpired() {
        long expiresAt = Instant.now().getEpochSecond() + 2;
        String token = freshToken(expiresAt);
        given().auth().oauth2(token).when().get("/api/v1/plans").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/plans").then().statusCode(200);
        while (Instant.now().getEpochSecond() <= expiresAt) {
            LockSupport.parkNanos(100_000_000L);
        }
        given().auth().oauth2(token).when().get("/api/v1/plans").then().statusCode(401);
    }
}
