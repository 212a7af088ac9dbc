package org.supervision.platform.idempotency;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.core.MediaType;

/**
 * SHA-256 of a request's content type and body: what "the same body" means for a retry. A multipart body is
 * hashed without its boundary, which a client draws at random for each request it sends.
 */
public final class BodyHash {

    private static final byte[] NEUTRAL_BOUNDARY = "--boundary".getBytes(StandardCharsets.US_ASCII);

    private BodyHash() {
    }

    public static String of(MediaType contentType, byte[] body) {
        String type = "";
        byte[] content = body;
        if (contentType != null) {
            Map<String, String> parameters = new TreeMap<>();
            contentType.getParameters().forEach((name, value) -> parameters.put(name.toLowerCase(Locale.ROOT), value));
            String boundary = parameters.remove("boundary");
            if (boundary != null && !boundary.isEmpty()) {
                content = replace(body, ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1), NEUTRAL_BOUNDARY);
            }
            type = (contentType.getType() + "/" + contentType.getSubtype() + parameters).toLowerCase(Locale.ROOT);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(type.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] replace(byte[] body, byte[] target, byte[] replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int from = 0;
        for (int i = 0; i <= body.length - target.length; i++) {
            if (startsAt(body, target, i)) {
                out.write(body, from, i - from);
                out.writeBytes(replacement);
                i += target.length - 1;
                from = i + 1;
            }
        }
        out.write(body, from, body.length - from);
        return out.toByteArray();
    }

    private static boolean startsAt(byte[] body, byte[] target, int at) {
        for (int j = 0; j < target.length; j++) {
            if (body[at + j] != target[j]) {
                return false;
            }
        }
        return true;
    }
}
