package org.supervision.local.testing;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Access tokens shaped like the supervision realm's (realm roles, the {@code unit} claim, the
 * {@code supervision-api} audience), signed with a key made for this test JVM only. A service under
 * test verifies them with {@code quarkus.oidc.public-key}, set by {@link PlatformTestResource}.
 *
 * <p>The key lives in system properties because the test resource and the tests are loaded by
 * different class loaders; both must see the same key.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/supervision";
    public static final String AUDIENCE = "supervision-api";
    private static final String PRIVATE_KEY_PROPERTY = "supervision.test.token-private-key";
    private static final String PUBLIC_KEY_PROPERTY = "supervision.test.token-public-key";

    private TestTokens() {
    }

    public static String supervisor() {
        return token("supervisor", List.of("supervisor"), null);
    }

    public static String leader() {
        return token("leader", List.of("leader"), null);
    }

    public static String integration() {
        return token("service-account-demo-integration", List.of("integration"), null);
    }

    public static String unitOfficer(String unitCode) {
        return token("officer-" + unitCode.toLowerCase(), List.of("unit-officer"), unitCode);
    }

    public static String token(String username, List<String> roles, String unitCode) {
        return claims(username, roles, unitCode).jws().keyId("test-key").sign(privateKey());
    }

    /** For tests of refused tokens (expired, wrong audience...): the usual claims, to be changed before signing. */
    public static JwtClaimsBuilder claims(String username, List<String> roles, String unitCode) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject("test-" + username)
                .audience(AUDIENCE)
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(300);
        if (unitCode != null) {
            claims.claim("unit", unitCode);
        }
        return claims;
    }

    public static PrivateKey privateKey() {
        ensureKeyPair();
        try {
            byte[] encoded = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY_PROPERTY));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64 of the X.509 public key, the form {@code quarkus.oidc.public-key} takes. */
    public static String publicKey() {
        ensureKeyPair();
        return System.getProperty(PUBLIC_KEY_PROPERTY);
    }

    private static synchronized void ensureKeyPair() {
        synchronized (System.class) {
            if (System.getProperty(PRIVATE_KEY_PROPERTY) != null) {
                return;
            }
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                System.setProperty(PUBLIC_KEY_PROPERTY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                System.setProperty(PRIVATE_KEY_PROPERTY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
