package org.supervision.platform.time;

import java.time.Clock;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** One clock for the service, so tests can reason about time and code never calls now() without it. */
@ApplicationScoped
public class ClockProducer {

    /** A fault drill (deploy/faults ClockJumpTest) moves the service's time; production runs with none (startup/ProductionGuard). */
    public static final String OFFSET = "supervision.clock.offset";

    @Produces
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = OFFSET, defaultValue = "PT0S") Duration offset) {
        return of(offset);
    }

    public static Clock of(Duration offset) {
        return offset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), offset);
    }
}
