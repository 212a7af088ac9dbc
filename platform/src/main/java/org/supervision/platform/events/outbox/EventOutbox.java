package org.supervision.platform.events.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.supervision.contracts.CloudEvent;
import org.supervision.platform.tracing.EventTracing;
import org.supervision.platform.tracing.TraceContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Writes events as CloudEvents 1.0 (structured JSON) into the outbox, in the caller's transaction.
 * After the commit the relay is nudged so the event leaves at once rather than at the next sweep.
 *
 * <p>With {@code supervision.outbox.max-event-bytes} set, an event larger than that is refused here, with
 * the change that caused it: stored, it could never be sent (the relay would park it, and every later
 * event of its aggregate with it). How it is refused is the service's ({@link OversizedEventRefusal}).
 */
@ApplicationScoped
@IfBuildProperty(name = OutboxRelay.ENABLED, stringValue = "true")
public class EventOutbox {

    /** Fired inside the transaction; observed after a successful commit. */
    public record Written() {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final Event<Written> written;
    private final TransactionSynchronizationRegistry transaction;
    private final String source;
    private final Optional<Integer> maxEventBytes;
    private final Instance<OversizedEventRefusal> refusal;
    private final EventTracing tracing;

    public EventOutbox(EntityManager entityManager, ObjectMapper json, Clock clock, Event<Written> written,
                       TransactionSynchronizationRegistry transaction,
                       @ConfigProperty(name = "supervision.outbox.source") String source,
                       @ConfigProperty(name = "supervision.outbox.max-event-bytes") Optional<Integer> maxEventBytes,
                       Instance<OversizedEventRefusal> refusal, EventTracing tracing) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.written = written;
        this.transaction = transaction;
        this.source = source;
        this.maxEventBytes = maxEventBytes;
        this.refusal = refusal;
        this.tracing = tracing;
    }

    /** The CloudEvents {@code source} of this service's events ({@code /supervision/plan-service}). */
    public String source() {
        return source;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(String topic, String aggregateId, String type, Object data) {
        return add(topic, aggregateId, type, data, null);
    }

    /**
     * {@code field} names the part of the request the event is made of (a plan's {@code measures[3]}),
     * for the refusal when it is too large; null when no part of the request is to blame.
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
            event.payload = json.writeValueAsString(new CloudEvent(event.id.toString(), source, type, aggregateId,
                    event.createdAt, data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be written as JSON", e);
        }
        long bytes = OutboxEvent.utf8Bytes(event.payload);
        if (maxEventBytes.isPresent() && bytes > maxEventBytes.get()) {
            String message = "its " + type + " event would be " + bytes + " bytes; events are at most " + maxEventBytes.get()
                    + " bytes (supervision.outbox.max-event-bytes)";
            throw refusal.isResolvable() ? refusal.get().refuse(field, message) : new IllegalStateException(message);
        }
        // the request's trace, for the relay to continue when it sends the event (later, on another thread)
        TraceContext trace = tracing.current();
        event.traceParent = trace.traceparent();
        event.traceState = trace.tracestate();
        entityManager.persist(event);
        if (transaction.getResource(Written.class) == null) { // one nudge per transaction, however many events
            transaction.putResource(Written.class, Boolean.TRUE);
            written.fire(new Written());
        }
        return event.id;
    }
}
