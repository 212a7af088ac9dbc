package org.supervision.plan.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.supervision.contracts.CloudEvent;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

/**
 * Moves events from the outbox to Kafka, oldest first, keyed by aggregate so one plan's events stay
 * in order. One relay at a time across all replicas (a PostgreSQL advisory lock), and one event of an
 * aggregate on the wire at a time (aggregates in parallel), so a later event of an aggregate can never
 * overtake an earlier one, not even one Kafka refuses. Kafka's idempotent producer (acks=all) means a
 * retry after a lost acknowledgement does not duplicate; consumers deduplicate by event id anyway.
 *
 * <p>An event Kafka refuses for good (too large, a topic it rejects) is parked ({@link ParkedEvents}),
 * and the relay goes on: the later events of its aggregate wait behind it, every other aggregate's
 * events leave. When Kafka cannot be reached, nothing is parked: the relay stops and tries again at
 * the next sweep.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Any constant; one per service database. */
    private static final long RELAY_LOCK = 0x706c616e5f6f7574L;
    private static final int BATCH = 200;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    /**
     * How long one batch starts sends: an aggregate with many events (a large plan) goes one event at a
     * time, and what is not sent by then waits for the next batch, so a slow Kafka still makes progress.
     */
    private static final Duration BATCH_SENDING = Duration.ofSeconds(20);
    /** Kafka adds a few dozen bytes to key, value and headers when it sizes a record; this covers them. */
    private static final int RECORD_OVERHEAD = 512;

    private final EntityManager entityManager;
    private final MutinyEmitter<String> emitter;
    private final ManagedExecutor executor;
    private final ParkedEvents parked;
    private final Clock clock;
    private final int maxRequestSize;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /** What one batch did: whether there may be more, and a failure that stops the relay until the next sweep. */
    private record Round(boolean full, Throwable retryLater) {
    }

    public OutboxRelay(EntityManager entityManager, @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2 * BATCH)
                       MutinyEmitter<String> emitter,
                       ManagedExecutor executor, ParkedEvents parked, Clock clock,
                       @ConfigProperty(name = "mp.messaging.outgoing.outbox.max.request.size", defaultValue = "1048576")
                       int maxRequestSize) {
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.executor = executor;
        this.parked = parked;
        this.clock = clock;
        this.maxRequestSize = maxRequestSize;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventOutbox.Written written) {
        executor.execute(this::drain);
    }

    /** The safety net: events whose nudge was lost (crash after commit, Kafka down) leave at the next sweep. */
    // not before start-up has finished (the Kafka channel is wired then), nor during shutdown
    @Scheduled(every = "${supervision.outbox.sweep:2s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        drain();
        parked.count();
    }

    public void drain() {
        if (!running.compareAndSet(false, true)) {
            again.set(true); // the running drain goes round once more and picks up what was just written
            return;
        }
        try {
            Round round;
            do {
                again.set(false);
                do {
                    round = relayBatch();
                } while (round.full() && round.retryLater() == null);
            } while (again.get() && round.retryLater() == null);
            if (round.retryLater() != null) {
                Log.warnf("outbox relay stopped, will retry at the next sweep: %s", ParkedEvents.reasonOf(round.retryLater()));
            }
        } catch (RuntimeException e) {
            Log.warnf("outbox relay stopped, will retry at the next sweep: %s", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    private Round relayBatch() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", RELAY_LOCK).getSingleResult();
            if (!locked) {
                return new Round(false, null); // another replica is relaying
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            // a parked event goes again when its time has come; nothing of its aggregate may pass it meanwhile
            List<OutboxEvent> events = entityManager.createQuery("""
                            select e from OutboxEvent e
                            where (e.parkedAt is null or e.nextAttemptAt <= :now)
                              and not exists (select p.seq from OutboxEvent p where p.parkedAt is not null
                                              and p.aggregateId = e.aggregateId and p.seq < e.seq)
                            order by e.seq""", OutboxEvent.class)
                    .setParameter("now", now).setMaxResults(BATCH).getResultList();
            if (events.isEmpty()) {
                return new Round(false, null);
            }
            Map<String, List<OutboxEvent>> byAggregate = new LinkedHashMap<>();
            Set<String> held = new HashSet<>();
            for (OutboxEvent event : events) {
                if (held.contains(event.aggregateId)) {
                    continue; // behind an event parked just now
                }
                long size = recordSize(event);
                if (size > maxRequestSize) {
                    // Kafka's producer would refuse it before sending (RecordTooLargeException): park it unsent
                    parked.park(event, "RecordTooLargeException: the record is about " + size + " bytes; the producer"
                            + " takes at most " + maxRequestSize + " (max.request.size)", now);
                    held.add(event.aggregateId);
                } else {
                    byAggregate.computeIfAbsent(event.aggregateId, k -> new ArrayList<>()).add(event);
                }
            }
            // Aggregates in parallel, each one's events in turn: a refused event then stops its own aggregate
            // only, and no later event of it can be on the wire already and pass it.
            Map<Long, Optional<Throwable>> outcomes = new ConcurrentHashMap<>();
            AtomicBoolean cut = new AtomicBoolean();
            if (!byAggregate.isEmpty()) {
                long until = System.nanoTime() + BATCH_SENDING.toNanos();
                Uni.join().all(byAggregate.values().stream().map(inTurn -> sendInTurn(inTurn, 0, outcomes, until, cut)).toList())
                        .andFailFast().await().atMost(BATCH_SENDING.plus(SEND_TIMEOUT).plusSeconds(10));
            }
            List<Long> sent = new ArrayList<>();
            Throwable retryLater = null;
            for (List<OutboxEvent> inTurn : byAggregate.values()) {
                for (OutboxEvent event : inTurn) {
                    Optional<Throwable> failure = outcomes.get(event.seq);
                    if (failure == null) {
                        break; // not sent: an earlier event of its aggregate failed, or the batch's time was up
                    } else if (failure.isEmpty()) {
                        sent.add(event.seq);
                        if (event.parkedAt != null) {
                            parked.delivered(event);
                        }
                    } else if (ParkedEvents.isPermanent(failure.get())) {
                        parked.park(event, ParkedEvents.reasonOf(failure.get()), now);
                    } else {
                        retryLater = failure.get(); // Kafka away or slow: not the event's fault, it stays as it is
                    }
                }
            }
            if (!sent.isEmpty()) {
                entityManager.createQuery("delete from OutboxEvent e where e.seq in :seqs")
                        .setParameter("seqs", sent).executeUpdate();
            }
            return new Round(events.size() == BATCH || cut.get(), retryLater);
        });
    }

    private static long recordSize(OutboxEvent event) {
        return OutboxEvent.utf8Bytes(event.payload) + OutboxEvent.utf8Bytes(event.aggregateId)
                + OutboxEvent.utf8Bytes(event.type) + CloudEvent.CONTENT_TYPE.length() + RECORD_OVERHEAD;
    }

    /** Sends {@code events} (one aggregate's, in order) one after another until one fails or time is up. */
    private Uni<Void> sendInTurn(List<OutboxEvent> events, int next, Map<Long, Optional<Throwable>> outcomes, long until,
                                 AtomicBoolean cut) {
        if (next == events.size()) {
            return Uni.createFrom().voidItem();
        }
        if (System.nanoTime() - until > 0) {
            cut.set(true);
            return Uni.createFrom().voidItem();
        }
        OutboxEvent event = events.get(next);
        return outcome(event).onItem().transformToUni(failure -> {
            outcomes.put(event.seq, failure);
            return failure.isPresent() ? Uni.createFrom().voidItem() : sendInTurn(events, next + 1, outcomes, until, cut);
        });
    }

    /** The send's failure, if any; never a failed Uni, so one refusal does not cut the others' outcomes short. */
    private Uni<Optional<Throwable>> outcome(OutboxEvent event) {
        return Uni.createFrom().deferred(() -> send(event))
                .onItem().transform(ignored -> Optional.<Throwable>empty())
                .onFailure().recoverWithItem(Optional::of)
                .ifNoItem().after(SEND_TIMEOUT)
                .recoverWithItem(() -> Optional.of(new TimeoutException("no acknowledgement within " + SEND_TIMEOUT)));
    }

    private Uni<Void> send(OutboxEvent event) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.aggregateId)
                .withHeaders(new org.apache.kafka.common.header.internals.RecordHeaders()
                        .add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8))
                        .add("ce_type", event.type.getBytes(StandardCharsets.UTF_8)))
                .build();
        return emitter.sendMessage(Message.of(event.payload).addMetadata(metadata));
    }
}
