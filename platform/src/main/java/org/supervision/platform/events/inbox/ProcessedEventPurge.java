package org.supervision.platform.events.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Keeps the ids of processed events ({@code processed_event}) for a bounded window instead of for ever.
 * A redelivery or a replay can only bring back what the topics still hold, so an id older than the
 * longest topic retention can never be asked about again: the window must be longer than that retention,
 * which the start checks ({@code supervision.inbox.keep-processed-events} against
 * {@code supervision.inbox.topic-retention}, Kafka's default 7 days).
 *
 * <p>The purge deletes in chunks, each in a short transaction of its own, so a large table never holds one
 * long transaction; the chunks are claimed {@code for update skip locked}, so two replicas (or two runs)
 * side by side delete different rows and a run that is repeated or cut short is simply done again.
 */
@ApplicationScoped
@IfBuildProperty(name = EventInbox.ENABLED, stringValue = "true")
public class ProcessedEventPurge {

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration keep;
    private final Duration topicRetention;
    private final int chunk;

    public ProcessedEventPurge(EntityManager entityManager, Clock clock,
                               @ConfigProperty(name = "supervision.inbox.keep-processed-events", defaultValue = "P30D") Duration keep,
                               @ConfigProperty(name = "supervision.inbox.topic-retention", defaultValue = "P7D") Duration topicRetention,
                               @ConfigProperty(name = "supervision.inbox.purge-chunk", defaultValue = "1000") int chunk) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.keep = keep;
        this.topicRetention = topicRetention;
        this.chunk = chunk;
    }

    /** Refuses to start with a window that a replay of the topics could outlast. */
    void checkWindow(@Observes StartupEvent started) {
        requireLongerThanRetention(keep, topicRetention, chunk);
    }

    static void requireLongerThanRetention(Duration keep, Duration topicRetention, int chunk) {
        if (keep.compareTo(topicRetention) <= 0) {
            throw new IllegalStateException("supervision.inbox.keep-processed-events (" + keep + ") must be longer than "
                    + "supervision.inbox.topic-retention (" + topicRetention + "), the longest retention of the topics this "
                    + "service consumes: a replayed event older than the window would be processed a second time");
        }
        if (chunk < 1) {
            throw new IllegalStateException("supervision.inbox.purge-chunk must be at least 1");
        }
    }

    @Scheduled(identity = "processed-event-purge", every = "${supervision.inbox.purge-every:1h}",
            delayed = "${supervision.inbox.purge-delay:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int deleted = purge(clock.instant());
        if (deleted > 0) {
            Log.infof("purged %d processed event ids older than %s", deleted, keep);
        }
    }

    /** Deletes the ids processed before {@code now} minus the window, chunk by chunk; returns how many. */
    public int purge(Instant now) {
        var before = now.minus(keep).atOffset(ZoneOffset.UTC);
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            delete from processed_event where id in (
                                select id from processed_event where processed_at < ?1
                                order by processed_at limit ?2 for update skip locked)""")
                    .setParameter(1, before).setParameter(2, chunk).executeUpdate());
            total += deleted;
        } while (deleted == chunk);
        return total;
    }
}
