package org.supervision.endtoend;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens that must not open anything, against the real Keycloak: at the gateway and at each service
 * directly (no service trusts the network). Expired and wrong-audience tokens are covered in the
 * gateway's and services' own tests with a test key, where such tokens can be made at will.
 */
class ForgedTokensTest {

    private static Suite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = Suite.get();
    }

    @Test
    void forgedAlteredAndForeignTokensAreRefusedEverywhere() throws Exception {
        String real = suite.tokens.user("supervisor");
        String[] parts = real.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String payload = parts[1];

        String tamperedSignature = parts[0] + "." + payload + "." + flip(parts[2]);
        String tamperedPayload = parts[0] + "." + b64(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)
                .replace("\"supervisor\"", "\"admin\"")) + "." + parts[2];
        String algNone = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";
        // the classic confusion: HS256 "signed" with the realm's public key as the HMAC secret
        String certs = given().when().get(suite.platform.keycloak().realmUrl() + "/protocol/openid-connect/certs")
                .then().statusCode(200).extract().asString();
        String x5c = certs.replaceAll("(?s).*\"x5c\"\\s*:\\s*\\[\\s*\"([^\"]+)\".*", "$1");
        String hsHeader = b64(header.replaceAll("\"alg\"\\s*:\\s*\"RS256\"", "\"alg\":\"HS256\""));
        String hs256 = hsHeader + "." + payload + "." + hmac(hsHeader + "." + payload, Base64.getDecoder().decode(x5c));
        String otherRealm = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(suite.platform.keycloak().url() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");

        List<String> bases = List.of(suite.gateway, suite.platform.service("plan-service").url(),
                suite.platform.service("task-service").url(), suite.platform.service("notification-service").url());
        List<String> paths = List.of("/api/v1/plans", "/api/v1/plans", "/api/v1/assignments", "/api/v1/inbox");
        for (int i = 0; i < bases.size(); i++) {
            String url = bases.get(i) + paths.get(i);
            given().auth().oauth2(real).when().get(url).then().statusCode(200);
            for (String forged : List.of(tamperedSignature, tamperedPayload, algNone, hs256, otherRealm, "not-a-token")) {
                given().auth().oauth2(forged).when().get(url).then().statusCode(401);
            }
            given().when().get(url).then().statusCode(401);
        }
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String flip(String signature) {
        char c = signature.charAt(10);
        return signature.substring(0, 10) + (c == 'A' ? 'B' : 'A') + signature.substring(11);
    }

    private static String hmac(String input, byte[] key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    }
}
