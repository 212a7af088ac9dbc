package org.supervision.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

/** The X-Request-Id that follows a request through every service's log. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    /** A caller's id is kept only if it is harmless in a log line and a header. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private RequestIds() {
    }

    static String keepOrCreate(String given) {
        return given != null && ACCEPTABLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
