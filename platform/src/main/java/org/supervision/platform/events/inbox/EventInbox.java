package org.supervision.platform.events.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The consumer side of exactly-once: reads an envelope and tells whether its id was seen before
 * ({@code processed_event}). A service turns the inbox on with the build property {@value #ENABLED}{@code =true}.
 */
@ApplicationScoped
@IfBuildProperty(name = EventInbox.ENABLED, stringValue = "true")
public class EventInbox {

    public static final String ENABLED = "supervision.inbox.enabled";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    public EventInbox(EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    public IncomingEvent read(String payload) {
        try {
            IncomingEvent event = json.readValue(payload, IncomingEvent.class);
            event.requireValid();
            return event;
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("not a JSON CloudEvent: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Records the event as processed, in the caller's transaction. False when it was processed
     * before: the caller then changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(IncomingEvent event) {
        // insert ... on conflict: a concurrent redelivery waits on the row lock and then sees the conflict
        int inserted = entityManager.createNativeQuery(
                        "insert into processed_event (id, type, processed_at) values (?1, ?2, ?3) on conflict (id) do nothing")
                .setParameter(1, event.id()).setParameter(2, event.type()).setParameter(3, OffsetDateTime.now(clock))
                .executeUpdate();
        return inserted == 1;
    }

    public <T> T data(IncomingEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEventException(event.type() + " " + event.id() + " has unreadable data: " + e.getMessage(), e);
        }
    }
}
