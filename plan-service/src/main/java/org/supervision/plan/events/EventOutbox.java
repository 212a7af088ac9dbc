package org.supervision.plan.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.supervision.contracts.CloudEvent;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Writes events as CloudEvents 1.0 (structured JSON) into the outbox, in the caller's transaction.
 * After the commit the relay is nudged so the event leaves at once rather than at the next sweep.
 * An event larger than Kafka would take is refused here, with the change that caused it: stored, it
 * could never be sent (the relay would park it, and every later event of its aggregate with it).
 */
@ApplicationScoped
public class EventOutbox {

    static final String SOURCE = "/supervision/plan-service";
    public static final String SIZE_RULE = "event-size";

    /** Fired inside the transaction; observed after a successful commit. */
    public record Written() {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final Event<Written> written;
    private final TransactionSynchronizationRegistry transaction;
    private final int maxEventBytes;

    public EventOutbox(EntityManager entityManager, ObjectMapper json, Clock clock, Event<Written> written,
                       TransactionSynchronizationRegistry transaction,
                       @ConfigProperty(name = "supervision.outbox.max-event-bytes") int maxEventBytes) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.written = written;
        this.transaction = transaction;
        this.maxEventBytes = maxEventBytes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(String topic, String aggregateId, String type, Object data) {
        return add(topic, aggregateId, type, data, null);
    }

    /**
     * {@code field} names the part of the request the event is made of (a plan's {@code measures[3]}),
     * for the problem that refuses it when it is too large; null when no part of the request is to blame.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(String topic, String aggregateId, String type, Object data, String field) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.aggregateId = aggregateId;
        event.type = type;
        event.createdAt = OffsetDateTime.now(clock);
        try {
            event.payload = json.writeValueAsString(new CloudEvent(event.id.toString(), SOURCE, type, aggregateId,
                    event.createdAt, data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be written as JSON", e);
        }
        long bytes = OutboxEvent.utf8Bytes(event.payload);
        if (bytes > maxEventBytes) {
            String message = "its " + type + " event would be " + bytes + " bytes; events are at most " + maxEventBytes
                    + " bytes (supervision.outbox.max-event-bytes)";
            throw new ProblemException(Problem.unprocessable("Too large to publish",
                    (field == null ? "The change" : "'" + field + "'") + " cannot be published: " + message
                            + ". Name fewer units (a group names all its members) or split it.",
                    field == null ? List.of() : List.of(new Problem.Violation(field, SIZE_RULE, message))));
        }
        entityManager.persist(event);
        if (transaction.getResource(Written.class) == null) { // one nudge per transaction, however many events
            transaction.putResource(Written.class, Boolean.TRUE);
            written.fire(new Written());
        }
        return event.id;
    }
}
