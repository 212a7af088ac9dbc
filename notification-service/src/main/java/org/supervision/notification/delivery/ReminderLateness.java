package org.supervision.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The histogram {@code supervision_reminder_lateness_seconds}: how long after its due time each reminder
 * was sent (the dispatch's time minus {@code due_at}), recorded once its batch has committed. A growing
 * upper quantile means the dispatcher falls behind (too few replicas, a slow database, a large backlog).
 */
@ApplicationScoped
@Startup // its meters are there from the start, before the first sample
public class ReminderLateness {

    private final Timer lateness;

    public ReminderLateness(MeterRegistry registry) {
        this.lateness = Timer.builder("supervision.reminder.lateness")
                .description("Time from a reminder's due time to its dispatch")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofHours(6))
                .register(registry);
    }

    /** Reminders due at {@code dueTimes}, sent at {@code sentAt}, whose batch has committed. */
    void sent(List<Instant> dueTimes, Instant sentAt) {
        for (Instant due : dueTimes) {
            Duration late = Duration.between(due, sentAt);
            lateness.record(late.isNegative() ? Duration.ZERO : late);
        }
    }
}
