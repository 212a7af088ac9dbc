package org.supervision.gateway;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The X-Request-Id that follows a request through every service's log. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";

    private RequestIds() {
    }

    static String keepOrCreate(String given) {
        return acceptable(given) ? given : create();
    }

    /** A caller's id is kept only if it is harmless in a log line and a header: [A-Za-z0-9._:-]{8,128}. */
    static boolean acceptable(String id) {
        if (id == null || id.length() < 8 || id.length() > 128) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A new random (version 4) UUID. A request id identifies, it guards nothing, so it comes from the
     * thread's fast generator rather than from SecureRandom (UUID.randomUUID), which cost more than
     * the rest of the id handling together.
     */
    static String create() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = random.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L;
        long least = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
