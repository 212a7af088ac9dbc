package org.supervision.task.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Deadlines, due dates and "today" are dates in China, whatever zone the server runs in: one place
 * says so for the whole service.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
