package org.supervision.task.events;

import java.time.Clock;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
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

    /** One event of a batch: the aggregate it is about (its Kafka key) and its data. */
    public record Pending(String aggregateId, Object data) {
    }

    // One statement for the whole batch: rows come in as three arrays (ids, keys, payloads).
    private static final String INSERT_ALL = """
            insert into outbox_event (id, topic, aggregate_id, type, payload, created_at)
            select e.id, ?, e.aggregate_id, ?, e.payload, ?
            from unnest(?, ?, ?) with ordinality as e(id, aggregate_id, payload, n)
            order by e.n""";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final Event<Written> written;

    public EventOutbox(EntityManager entityManager, ObjectMapper json, Clock clock, Event<Written> written) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.written = written;
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
        written.fire(new Written());
        return event.id;
    }

    /**
     * Writes many events of one type at once (the warning sweep's transitions: tens of thousands on a
     * bad morning). The JSON is written here rather than in SQL, where building it cost more than
     * the rest of the sweep; the rows go in with one statement, in the order given.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int addAll(String topic, String type, List<Pending> events) {
        if (events.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID[] ids = new UUID[events.size()];
        String[] keys = new String[events.size()];
        String[] payloads = new String[events.size()];
        for (int i = 0; i < ids.length; i++) {
            Pending pending = events.get(i);
            ids[i] = UUID.randomUUID();
            keys[i] = pending.aggregateId();
            try {
                payloads[i] = json.writeValueAsString(new CloudEvent(ids[i].toString(), SOURCE, type, keys[i], now, pending.data()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("event " + type + " cannot be written as JSON", e);
            }
        }
        entityManager.unwrap(Session.class).doWork(db -> {
            try (PreparedStatement insert = db.prepareStatement(INSERT_ALL)) {
                insert.setString(1, topic);
                insert.setString(2, type);
                insert.setObject(3, now);
                insert.setArray(4, db.createArrayOf("uuid", ids));
                insert.setArray(5, db.createArrayOf("varchar", keys));
                insert.setArray(6, db.createArrayOf("text", payloads));
                insert.executeUpdate();
            }
        });
        written.fire(new Written());
        return ids.length;
    }
}
