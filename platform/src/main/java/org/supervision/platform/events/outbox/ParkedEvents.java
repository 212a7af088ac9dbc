package org.supervision.platform.events.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.RetriableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Outbox events Kafka refuses for good (a record larger than it takes, a topic it rejects). Such an
 * event is parked on its row instead of being sent again and again ahead of everything else: logged
 * once as an ERROR (id, type, aggregate; never the payload), counted in the gauge
 * {@code supervision_outbox_parked_events} (alert on it above 0), and tried again after
 * {@code supervision.outbox.parked-retry}, doubling up to {@code supervision.outbox.parked-retry-max},
 * and at once at every start of the service: fix the cause (the broker's or topic's size limit, the
 * topic), restart or wait, and it leaves, followed by the events of its aggregate that waited behind it.
 */
@ApplicationScoped
@IfBuildProperty(name = OutboxRelay.ENABLED, stringValue = "true")
public class ParkedEvents {

    private static final int REASON_LENGTH = 500;

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final AtomicLong parked = new AtomicLong();

    public ParkedEvents(EntityManager entityManager, Clock clock, MeterRegistry registry,
                        @ConfigProperty(name = "supervision.outbox.parked-retry", defaultValue = "1m") Duration firstRetry,
                        @ConfigProperty(name = "supervision.outbox.parked-retry-max", defaultValue = "1h") Duration maxRetry) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        Gauge.builder("supervision.outbox.parked.events", parked, AtomicLong::get)
                .description("Outbox events Kafka refused for good; each holds back the later events of its aggregate")
                .register(registry);
    }

    /**
     * A failure that is the event's own and will not pass by itself: Kafka's answer to this record
     * (too large, invalid topic, not authorised for the topic…). Kafka being away, slow or busy, our
     * own credentials, or anything that is no answer of Kafka's, is retried with the whole relay.
     */
    static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetriableException || t instanceof AuthenticationException) {
                return false;
            }
            if (t instanceof ApiException) {
                return true;
            }
        }
        return false;
    }

    static String reasonOf(Throwable failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    /** In the relay's transaction: the event waits until its next attempt. */
    void park(OutboxEvent event, String reason, OffsetDateTime now) {
        boolean first = event.parkedAt == null;
        event.attempts++;
        if (first) {
            event.parkedAt = now;
        }
        event.parkReason = reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH);
        event.nextAttemptAt = now.plus(backoff(event.attempts));
        if (first) {
            Log.errorf("outbox event %s (%s, aggregate %s, topic %s) parked: %s. Later events of this aggregate wait"
                            + " behind it; other events go on. Next attempt at %s, then with backoff and at every start.",
                    event.id, event.type, event.aggregateId, event.topic, event.parkReason, event.nextAttemptAt);
        } else {
            Log.warnf("parked outbox event %s (%s, aggregate %s) refused again (attempt %d): %s; next attempt at %s",
                    event.id, event.type, event.aggregateId, event.attempts, event.parkReason, event.nextAttemptAt);
        }
    }

    void delivered(OutboxEvent event) {
        Log.infof("parked outbox event %s (%s, aggregate %s) delivered after %d refusal(s)", event.id, event.type,
                event.aggregateId, event.attempts);
    }

    private Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) < 0 ? wait : maxRetry;
    }

    /** The gauge: how many are parked now, in this service's database (whichever replica parked them). */
    void count() {
        try {
            parked.set(QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createQuery("select count(e) from OutboxEvent e where e.parkedAt is not null", Long.class)
                    .getSingleResult()));
        } catch (RuntimeException e) { // the database away: the relay says so already; keep the last count
            Log.debugf("parked outbox events not counted: %s", e.getMessage());
        }
    }

    /** A start is when a fix (a raised size limit, a topic created) usually arrives: try the parked events at once. */
    void retryAtStart(@Observes StartupEvent start) {
        int due = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("update OutboxEvent e set e.nextAttemptAt = :now where e.parkedAt is not null")
                .setParameter("now", OffsetDateTime.now(clock)).executeUpdate());
        if (due > 0) {
            Log.warnf("%d parked outbox event(s) are tried again now", due);
        }
        count();
    }
}
