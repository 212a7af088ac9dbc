package org.supervision.gateway;

import java.util.Locale;
import java.util.regex.Pattern;

/** A token bucket's shape, written as {@code 20/s burst 40} (also {@code /min}); no burst means burst = rate. */
record Rate(double perSecond, int burst) {

    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*/\\s*(s|sec|second|m|min|minute)(?:\\s+burst\\s+(\\d+))?");

    Rate {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate needs a positive rate and a burst of at least 1");
        }
    }

    static Rate parse(String text) {
        var match = FORMAT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!match.matches()) {
            throw new IllegalArgumentException("rate limit '" + text + "' is not like '20/s burst 40'");
        }
        double amount = Double.parseDouble(match.group(1));
        double perSecond = match.group(2).startsWith("m") ? amount / 60 : amount;
        int burst = match.group(3) != null ? Integer.parseInt(match.group(3)) : (int) Math.max(1, Math.ceil(amount));
        return new Rate(perSecond, burst);
    }
}
