package org.supervision.task.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** File names as clients send them, and as a download's Content-Disposition must carry them. */
final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /**
     * The name without control characters, which have no place in a name someone saves a file under.
     * Everything else, SQL, HTML and slashes included, is kept as sent: it is data, never a path on
     * this server, every reader escapes it, and a download sends it percent-encoded.
     */
    static String clean(String sent) {
        if (sent == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(sent.length());
        sent.codePoints().filter(c -> !Character.isISOControl(c)).forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…}: the RFC 6266/5987 form every current
     * browser reads (Chinese names included), with an ASCII-only fallback for older clients
     * (no quote, slash, backslash or percent sign there: some of them read those).
     */
    static String attachment(String name) {
        StringBuilder fallback = new StringBuilder();
        name.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7F && "\"\\/%".indexOf(c) < 0 ? (char) c : '_'));
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + percentEncoded(name);
    }

    /** RFC 5987 value-chars: attr-char as it is, every other UTF-8 byte as %XX. */
    private static String percentEncoded(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.write(c);
            } else {
                out.writeBytes(("%" + Character.forDigit(c >> 4, 16) + Character.forDigit(c & 0xF, 16))
                        .toUpperCase().getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
