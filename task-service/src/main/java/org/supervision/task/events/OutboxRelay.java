package org.supervision.task.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.supervision.contracts.CloudEvent;
import org.supervision.contracts.Topics;
import org.supervision.contracts.assignment.WarningChanged;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

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
 * in order; then the warning sweep's transitions (warning_transition), which it writes as events here.
 * One relay at a time across all replicas (a PostgreSQL advisory lock), and one event of an
 * aggregate on the wire at a time (aggregates in parallel), so a later event of an aggregate can never
 * overtake an earlier one, not even one Kafka refuses. Kafka's idempotent producer (acks=all) means a
 * retry after a lost acknowledgement does not duplicate; consumers deduplicate by event id anyway.
 *
 * <p>An event Kafka refuses for good (too large, a topic it rejects) is parked ({@link ParkedEvents}),
 * and the relay goes on: the later events and warning transitions of its aggregate wait behind it,
 * every other aggregate's leave. A transition Kafka refuses becomes a parked outbox event itself. When
 * Kafka cannot be reached, nothing is parked: the relay stops and tries again at the next sweep.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Any constant; one per service database. */
    private static final long RELAY_LOCK = 0x7461736b5f6f7574L;
    private static final int BATCH = 500;
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
    private final ObjectMapper json;
    private final ParkedEvents parked;
    private final Clock clock;
    private final int maxRequestSize;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /** What one batch did: whether there may be more, and a failure that stops the relay until the next sweep. */
    private record Round(boolean full, Throwable retryLater) {
    }

    /** An outbox event or a warning transition, as it goes to Kafka. */
    private record Pending(String key, String topic, String type, String payload, OutboxEvent event,
                           WarningTransition transition) {
    }

    public OutboxRelay(EntityManager entityManager, @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2 * BATCH)
                       MutinyEmitter<String> emitter,
                       ManagedExecutor executor, ObjectMapper json, ParkedEvents parked, Clock clock,
                       @ConfigProperty(name = "mp.messaging.outgoing.outbox.max.request.size", defaultValue = "1048576")
                       int maxRequestSize) {
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.executor = executor;
        this.json = json;
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
            List<WarningTransition> transitions = events.size() == BATCH ? List.of() : entityManager.createQuery("""
                            select t from WarningTransition t
                            where not exists (select p.seq from OutboxEvent p where p.parkedAt is not null
                                              and p.aggregateId = cast(t.assignmentId as String))
                            order by t.seq""", WarningTransition.class)
                    .setMaxResults(BATCH - events.size()).getResultList();
            if (events.isEmpty() && transitions.isEmpty()) {
                return new Round(false, null);
            }
            List<Pending> pending = new ArrayList<>(events.size() + transitions.size());
            events.forEach(e -> pending.add(new Pending(e.aggregateId, e.topic, e.type, e.payload, e, null)));
            transitions.forEach(t -> pending.add(new Pending(t.assignmentId.toString(), Topics.TASK,
                    WarningChanged.TYPE, payloadOf(t), null, t)));

            Map<String, List<Pending>> byAggregate = new LinkedHashMap<>();
            Set<String> held = new HashSet<>();
            for (Pending p : pending) {
                if (held.contains(p.key())) {
                    continue; // behind an event parked just now
                }
                long size = recordSize(p);
                if (size > maxRequestSize) {
                    // Kafka's producer would refuse it before sending (RecordTooLargeException): park it unsent
                    park(p, "RecordTooLargeException: the record is about " + size + " bytes; the producer takes at most "
                            + maxRequestSize + " (max.request.size)", now);
                    held.add(p.key());
                } else {
                    byAggregate.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
                }
            }
            // Aggregates in parallel, each one's events in turn: a refused event then stops its own aggregate
            // only, and no later event of it can be on the wire already and pass it. A mass warning sweep (one
            // transition per assignment) still leaves all at once.
            Map<Pending, Optional<Throwable>> outcomes = Collections.synchronizedMap(new IdentityHashMap<>());
            AtomicBoolean cut = new AtomicBoolean();
            if (!byAggregate.isEmpty()) {
                long until = System.nanoTime() + BATCH_SENDING.toNanos();
                Uni.join().all(byAggregate.values().stream().map(inTurn -> sendInTurn(inTurn, 0, outcomes, until, cut)).toList())
                        .andFailFast().await().atMost(BATCH_SENDING.plus(SEND_TIMEOUT).plusSeconds(10));
            }
            List<Long> sentEvents = new ArrayList<>();
            List<Long> sentTransitions = new ArrayList<>();
            Throwable retryLater = null;
            for (List<Pending> inTurn : byAggregate.values()) {
                for (Pending p : inTurn) {
                    Optional<Throwable> failure = outcomes.get(p);
                    if (failure == null) {
                        break; // not sent: an earlier event of its aggregate failed, or the batch's time was up
                    } else if (failure.isEmpty()) {
                        if (p.event() != null) {
                            sentEvents.add(p.event().seq);
                            if (p.event().parkedAt != null) {
                                parked.delivered(p.event());
                            }
                        } else {
                            sentTransitions.add(p.transition().seq);
                        }
                    } else if (ParkedEvents.isPermanent(failure.get())) {
                        park(p, ParkedEvents.reasonOf(failure.get()), now);
                    } else {
                        retryLater = failure.get(); // Kafka away or slow: not the event's fault, it stays as it is
                    }
                }
            }
            if (!sentEvents.isEmpty()) {
                entityManager.createQuery("delete from OutboxEvent e where e.seq in :seqs")
                        .setParameter("seqs", sentEvents).executeUpdate();
            }
            if (!sentTransitions.isEmpty()) {
                entityManager.createQuery("delete from WarningTransition t where t.seq in :seqs")
                        .setParameter("seqs", sentTransitions).executeUpdate();
            }
            return new Round(events.size() + transitions.size() == BATCH || cut.get(), retryLater);
        });
    }

    /** A transition is parked as the outbox event it would have been, with the id it would have carried. */
    private void park(Pending p, String reason, OffsetDateTime now) {
        OutboxEvent event = p.event();
        if (event == null) {
            event = new OutboxEvent();
            event.id = p.transition().eventId();
            event.topic = p.topic();
            event.aggregateId = p.key();
            event.type = p.type();
            event.payload = p.payload();
            event.createdAt = p.transition().changedAt;
            entityManager.persist(event);
            entityManager.remove(p.transition());
        }
        parked.park(event, reason, now);
    }

    private static long recordSize(Pending p) {
        return OutboxEvent.utf8Bytes(p.payload()) + OutboxEvent.utf8Bytes(p.key()) + OutboxEvent.utf8Bytes(p.type())
                + CloudEvent.CONTENT_TYPE.length() + RECORD_OVERHEAD;
    }

    /** A warning transition as a CloudEvent, written here rather than by the sweep (see V9). */
    private String payloadOf(WarningTransition t) {
        try {
            return json.writeValueAsString(new CloudEvent(t.eventId().toString(), EventOutbox.SOURCE, WarningChanged.TYPE,
                    t.assignmentId.toString(), t.changedAt, t.data()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("warning transition " + t.seq + " cannot be written as JSON", e);
        }
    }

    /** Sends {@code inTurn} (one aggregate's, in order) one after another until one fails or time is up. */
    private Uni<Void> sendInTurn(List<Pending> inTurn, int next, Map<Pending, Optional<Throwable>> outcomes, long until,
                                 AtomicBoolean cut) {
        if (next == inTurn.size()) {
            return Uni.createFrom().voidItem();
        }
        if (System.nanoTime() - until > 0) {
            cut.set(true);
            return Uni.createFrom().voidItem();
        }
        Pending p = inTurn.get(next);
        return outcome(p).onItem().transformToUni(failure -> {
            outcomes.put(p, failure);
            return failure.isPresent() ? Uni.createFrom().voidItem() : sendInTurn(inTurn, next + 1, outcomes, until, cut);
        });
    }

    /** The send's failure, if any; never a failed Uni, so one refusal does not cut the others' outcomes short. */
    private Uni<Optional<Throwable>> outcome(Pending p) {
        return Uni.createFrom().deferred(() -> send(p.topic(), p.key(), p.type(), p.payload()))
                .onItem().transform(ignored -> Optional.<Throwable>empty())
                .onFailure().recoverWithItem(Optional::of)
                .ifNoItem().after(SEND_TIMEOUT)
                .recoverWithItem(() -> Optional.of(new TimeoutException("no acknowledgement within " + SEND_TIMEOUT)));
    }

    private Uni<Void> send(String topic, String key, String type, String payload) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic)
                .withKey(key)
                .withHeaders(new org.apache.kafka.common.header.internals.RecordHeaders()
                        .add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8))
                        .add("ce_type", type.getBytes(StandardCharsets.UTF_8)))
                .build();
        return emitter.sendMessage(Message.of(payload).addMetadata(metadata));
    }
}
