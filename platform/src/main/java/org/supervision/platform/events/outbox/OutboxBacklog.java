package org.supervision.platform.events.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * How far the relay is behind, for alerts: {@code supervision_outbox_backlog_events} (events in the outbox,
 * parked ones included) and {@code supervision_outbox_oldest_age_seconds} (how long the oldest has waited;
 * 0 when the outbox is empty). Measured at every sweep of the relay in this service's database, so every
 * replica reports the same; the age grows between sweeps, so a relay that has stopped shows.
 * A feed's own rows (task-service's warning transitions) are not counted.
 */
@ApplicationScoped
@IfBuildProperty(name = OutboxRelay.ENABLED, stringValue = "true")
@Startup // its gauges are there from the start, before the first sweep
public class OutboxBacklog {

    private final EntityManager entityManager;
    private final Clock clock;
    private final AtomicLong events = new AtomicLong();
    private final AtomicReference<OffsetDateTime> oldest = new AtomicReference<>();

    public OutboxBacklog(EntityManager entityManager, Clock clock, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.clock = clock;
        Gauge.builder("supervision.outbox.backlog.events", events, AtomicLong::get)
                .description("Events waiting in the outbox for the relay, parked ones included")
                .register(registry);
        Gauge.builder("supervision.outbox.oldest.age", this, OutboxBacklog::oldestAgeSeconds)
                .description("How long the oldest event in the outbox has waited (0: the outbox is empty)")
                .baseUnit("seconds")
                .register(registry);
    }

    double oldestAgeSeconds() {
        OffsetDateTime since = oldest.get();
        return since == null ? 0 : Math.max(0, Duration.between(since, OffsetDateTime.now(clock)).toMillis() / 1000.0);
    }

    long events() {
        return events.get();
    }

    /** Counts the outbox now (one query); the database away keeps the last figures (the relay says so already). */
    void measure() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createQuery("select count(e), min(e.createdAt) from OutboxEvent e", Object[].class)
                    .getSingleResult());
            events.set(((Number) row[0]).longValue());
            oldest.set((OffsetDateTime) row[1]);
        } catch (RuntimeException e) {
            Log.debugf("outbox backlog not measured: %s", e.getMessage());
        }
    }

    /** For the unit test: figures as a measurement would set them. */
    void measured(long count, OffsetDateTime oldestCreatedAt) {
        events.set(count);
        oldest.set(oldestCreatedAt);
    }
}
