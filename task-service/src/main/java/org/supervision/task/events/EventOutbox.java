package org.supervision.task.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.supervision.contracts.CloudEvent;

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
 */
@ApplicationScoped
public class EventOutbox {

    static final String SOURCE = "/supervision/task-service";

    /** Fired inside the transaction; observed after a successful commit. */
    public record Written() {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final Event<Written> written;
    private final TransactionSynchronizationRegistry transaction;

    public EventOutbox(EntityManager entityManager, ObjectMapper json, Clock clock, Event<Written> written,
                       TransactionSynchronizationRegistry transaction) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.written = written;
        this.transaction = transaction;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(String topic, String aggregateId, String type, Object data) {
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
        entityManager.persist(event);
        if (transaction.getResource(Written.class) == null) { // one nudge per transaction, however many events
            transaction.putResource(Written.class, Boolean.TRUE);
            written.fire(new Written());
        }
        return event.id;
    }
}
