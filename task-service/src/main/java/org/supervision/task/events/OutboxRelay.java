package org.supervision.task.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.context.ManagedExecutor;

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
 * in order; then the warning sweep's transitions (warning_transition), which it writes as events here. One relay at a time across all replicas (a PostgreSQL advisory lock), so a later event
 * of an aggregate can never overtake an earlier one. Kafka's idempotent producer (acks=all) means a
 * retry after a lost acknowledgement does not duplicate; consumers deduplicate by event id anyway.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Any constant; one per service database. */
    private static final long RELAY_LOCK = 0x7461736b5f6f7574L;
    private static final int BATCH = 500;

    private final EntityManager entityManager;
    private final MutinyEmitter<String> emitter;
    private final ManagedExecutor executor;
    private final ObjectMapper json;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public OutboxRelay(EntityManager entityManager, @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2 * BATCH)
                       MutinyEmitter<String> emitter,
                       ManagedExecutor executor, ObjectMapper json) {
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.executor = executor;
        this.json = json;
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
    }

    public void drain() {
        if (!running.compareAndSet(false, true)) {
            again.set(true); // the running drain goes round once more and picks up what was just written
            return;
        }
        try {
            do {
                again.set(false);
                while (relayBatch() == BATCH) {
                    // a full batch: there may be more
                }
            } while (again.get());
        } catch (RuntimeException e) {
            Log.warnf("outbox relay stopped, will retry at the next sweep: %s", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    private int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", RELAY_LOCK).getSingleResult();
            if (!locked) {
                return 0; // another replica is relaying
            }
            List<OutboxEvent> events = entityManager
                    .createQuery("select e from OutboxEvent e order by e.seq", OutboxEvent.class)
                    .setMaxResults(BATCH).getResultList();
            List<WarningTransition> transitions = events.size() == BATCH ? List.of() : entityManager
                    .createQuery("select t from WarningTransition t order by t.seq", WarningTransition.class)
                    .setMaxResults(BATCH - events.size()).getResultList();
            if (events.isEmpty() && transitions.isEmpty()) {
                return 0;
            }
            // All of the batch in flight at once: the idempotent producer keeps their order per partition,
            // and waiting for each acknowledgement in turn made a mass warning sweep take minutes to leave.
            List<Uni<Void>> sends = new ArrayList<>(events.size() + transitions.size());
            events.forEach(e -> sends.add(send(e.topic, e.aggregateId, e.type, e.payload)));
            transitions.forEach(t -> sends.add(send(AssignmentIssued.TOPIC, t.assignmentId.toString(), WarningChanged.TYPE, payloadOf(t))));
            Uni.join().all(sends).andFailFast().await().atMost(Duration.ofSeconds(30));
            if (!events.isEmpty()) {
                entityManager.createQuery("delete from OutboxEvent e where e.seq in :seqs")
                        .setParameter("seqs", events.stream().map(e -> e.seq).toList())
                        .executeUpdate();
            }
            if (!transitions.isEmpty()) {
                entityManager.createQuery("delete from WarningTransition t where t.seq in :seqs")
                        .setParameter("seqs", transitions.stream().map(t -> t.seq).toList())
                        .executeUpdate();
            }
            return events.size() + transitions.size();
        });
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
