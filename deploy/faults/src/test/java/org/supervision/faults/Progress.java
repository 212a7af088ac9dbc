package org.supervision.faults;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines on the console, with the wall time and the time since the suite began: the suite runs for minutes. */
final class Progress {

    private static final long BEGIN = System.nanoTime();

    private Progress() {
    }

    static void log(String format, Object... args) {
        long seconds = (System.nanoTime() - BEGIN) / 1_000_000_000L;
        System.out.printf("[faults %s +%02d:%02d] %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                seconds / 60, seconds % 60, String.format(format, args));
        System.out.flush();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
