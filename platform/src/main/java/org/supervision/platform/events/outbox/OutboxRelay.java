package org.supervision.platform.events.outbox;

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
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.supervision.contracts.CloudEvent;
import org.supervision.platform.tracing.EventTracing;
import org.supervision.platform.tracing.TraceContext;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

/**
 * Moves events from the outbox to Kafka (channel {@value #CHANNEL}), oldest first, keyed by aggregate so
 * one plan's events stay in order; then what the service's {@link OutboxFeed}s hold (task-service's warning
 * transitions). One relay at a time across all replicas (a PostgreSQL advisory lock,
 * {@code supervision.outbox.relay-lock}), and one event of an aggregate on the wire at a time (aggregates
 * in parallel), so a later event of an aggregate can never overtake an earlier one, not even one Kafka
 * refuses. Kafka's idempotent producer (acks=all) means a retry after a lost acknowledgement does not
 * duplicate; consumers deduplicate by event id anyway.
 *
 * <p>An event Kafka refuses for good (too large, a topic it rejects) is parked ({@link ParkedEvents}),
 * and the relay goes on: the later events and feed records of its aggregate wait behind it, every other
 * aggregate's leave. A feed's record Kafka refuses becomes a parked outbox event itself. When Kafka cannot
 * be reached, nothing is parked: the relay stops and tries again at the next sweep.
 *
 * <p>A service turns the outbox on with the build property {@value #ENABLED}{@code =true}.
 */
@ApplicationScoped
@IfBuildProperty(name = OutboxRelay.ENABLED, stringValue = "true")
public class OutboxRelay {

    public static final String ENABLED = "supervision.outbox.enabled";
    public static final String CHANNEL = "outbox";
    /** The emitter's buffer: two batches of the largest size a service configures. */
    private static final int BUFFER = 1000;
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
    private final Instance<OutboxFeed> feeds;
    private final Clock clock;
    private final EventTracing tracing;
    private final OutboxBacklog backlog;
    private final int maxRequestSize;
    private final long relayLock;
    private final int batch;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /** What one batch did: whether there may be more, and a failure that stops the relay until the next sweep. */
    private record Round(boolean full, Throwable retryLater) {
    }

    /** An outbox event ({@code event} set) or a feed's record ({@code feed} set), as it goes to Kafka. */
    private record Pending(Outgoing out, OutboxEvent event, OutboxFeed feed) {

        String key() {
            return out.key();
        }
    }

    public OutboxRelay(EntityManager entityManager,
                       @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = BUFFER)
                       MutinyEmitter<String> emitter,
                       ManagedExecutor executor, ParkedEvents parked, Instance<OutboxFeed> feeds, Clock clock,
                       EventTracing tracing, OutboxBacklog backlog,
                       @ConfigProperty(name = "mp.messaging.outgoing.outbox.max.request.size", defaultValue = "1048576")
                       int maxRequestSize,
                       /* any constant, one per service database; the services keep the ones they always had */
                       @ConfigProperty(name = "supervision.outbox.relay-lock") long relayLock,
                       @ConfigProperty(name = "supervision.outbox.batch", defaultValue = "200") int batch) {
        if (batch < 1 || 2 * batch > BUFFER) {
            throw new IllegalStateException("supervision.outbox.batch must be between 1 and " + BUFFER / 2);
        }
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.executor = executor;
        this.parked = parked;
        this.feeds = feeds;
        this.clock = clock;
        this.tracing = tracing;
        this.backlog = backlog;
        this.maxRequestSize = maxRequestSize;
        this.relayLock = relayLock;
        this.batch = batch;
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
        backlog.measure();
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
                    .setParameter("key", relayLock).getSingleResult();
            if (!locked) {
                return new Round(false, null); // another replica is relaying
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Pending> pending = pending(now);
            if (pending.isEmpty()) {
                return new Round(false, null);
            }
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
            Map<OutboxFeed, List<Outgoing>> sentByFeed = new IdentityHashMap<>();
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
                            sentByFeed.computeIfAbsent(p.feed(), f -> new ArrayList<>()).add(p.out());
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
            sentByFeed.forEach(OutboxFeed::sent);
            return new Round(pending.size() == batch || cut.get(), retryLater);
        });
    }

    /** The outbox's events, then as many feed records as the batch still takes. */
    private List<Pending> pending(OffsetDateTime now) {
        // a parked event goes again when its time has come; nothing of its aggregate may pass it meanwhile
        List<OutboxEvent> events = entityManager.createQuery("""
                        select e from OutboxEvent e
                        where (e.parkedAt is null or e.nextAttemptAt <= :now)
                          and not exists (select p.seq from OutboxEvent p where p.parkedAt is not null
                                          and p.aggregateId = e.aggregateId and p.seq < e.seq)
                        order by e.seq""", OutboxEvent.class)
                .setParameter("now", now).setMaxResults(batch).getResultList();
        List<Pending> pending = new ArrayList<>(events.size());
        events.forEach(e -> pending.add(new Pending(
                new Outgoing(e.id, e.topic, e.aggregateId, e.type, e.payload, e.createdAt, e), e, null)));
        for (OutboxFeed feed : feeds) {
            if (pending.size() < batch) {
                feed.next(batch - pending.size()).forEach(out -> pending.add(new Pending(out, null, feed)));
            }
        }
        return pending;
    }

    /** A feed's record is parked as the outbox event it would have been, with the id it would have carried. */
    private void park(Pending p, String reason, OffsetDateTime now) {
        OutboxEvent event = p.event();
        if (event == null) {
            Outgoing out = p.out();
            event = new OutboxEvent();
            event.id = out.id();
            event.topic = out.topic();
            event.aggregateId = out.key();
            event.type = out.type();
            event.payload = out.payload();
            event.createdAt = out.createdAt();
            entityManager.persist(event);
            p.feed().parkedAsEvent(out);
        }
        parked.park(event, reason, now);
    }

    private static long recordSize(Pending p) {
        Outgoing out = p.out();
        String traceState = p.event() == null ? null : p.event().traceState;
        return OutboxEvent.utf8Bytes(out.payload())
                + (traceState == null ? 0 : OutboxEvent.utf8Bytes(traceState)) // traceparent and ce_id: in the overhead + OutboxEvent.utf8Bytes(out.key()) + OutboxEvent.utf8Bytes(out.type())
                + CloudEvent.CONTENT_TYPE.length() + RECORD_OVERHEAD;
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
        return Uni.createFrom().deferred(() -> send(p))
                .onItem().transform(ignored -> Optional.<Throwable>empty())
                .onFailure().recoverWithItem(Optional::of)
                .ifNoItem().after(SEND_TIMEOUT)
                .recoverWithItem(() -> Optional.of(new TimeoutException("no acknowledgement within " + SEND_TIMEOUT)));
    }

    /**
     * One record: the CloudEvent as its value, its type and id as headers, and the trace of the change that
     * wrote it (traceparent, tracestate of a producer span continuing it; a feed's record starts a trace).
     */
    private Uni<Void> send(Pending p) {
        Outgoing out = p.out();
        org.apache.kafka.common.header.Headers headers = new org.apache.kafka.common.header.internals.RecordHeaders()
                .add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8))
                .add(EventTracing.EVENT_TYPE, out.type().getBytes(StandardCharsets.UTF_8))
                .add(EventTracing.EVENT_ID, out.id().toString().getBytes(StandardCharsets.UTF_8));
        TraceContext written = p.event() == null ? TraceContext.NONE
                : new TraceContext(p.event().traceParent, p.event().traceState);
        Span span = tracing.publishing(written, out.topic(), out.id().toString(), out.type(), headers);
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(out.topic())
                .withKey(out.key())
                .withHeaders(headers)
                .build();
        // should the connector's own tracing be on for this channel, its span is a child of this one: one trace
        TracingMetadata trace = TracingMetadata.with(Context.root().with(span), Context.root().with(span));
        return emitter.sendMessage(Message.of(out.payload()).addMetadata(metadata).addMetadata(trace))
                .onTermination().invoke((ignored, failure, cancelled) -> EventTracing.ended(span, failure));
    }
}
