package org.supervision.task.events;

import java.util.List;

import org.supervision.contracts.CloudEvent;
import org.supervision.contracts.Topics;
import org.supervision.contracts.assignment.WarningChanged;
import org.supervision.platform.events.outbox.EventOutbox;
import org.supervision.platform.events.outbox.OutboxFeed;
import org.supervision.platform.events.outbox.Outgoing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The warning sweep's transitions (warning_transition, V9) as the relay sends them, after the outbox's
 * events: rendered as CloudEvents here rather than by the sweep, keyed by assignment, held back while
 * their assignment has a parked outbox event.
 */
@ApplicationScoped
public class WarningTransitionFeed implements OutboxFeed {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final EventOutbox outbox;

    public WarningTransitionFeed(EntityManager entityManager, ObjectMapper json, EventOutbox outbox) {
        this.entityManager = entityManager;
        this.json = json;
        this.outbox = outbox;
    }

    @Override
    public List<Outgoing> next(int limit) {
        return entityManager.createQuery("""
                        select t from WarningTransition t
                        where not exists (select p.seq from OutboxEvent p where p.parkedAt is not null
                                          and p.aggregateId = cast(t.assignmentId as String))
                        order by t.seq""", WarningTransition.class)
                .setMaxResults(limit).getResultList().stream()
                .map(t -> new Outgoing(t.eventId(), Topics.TASK, t.assignmentId.toString(), WarningChanged.TYPE,
                        payloadOf(t), t.changedAt, t))
                .toList();
    }

    @Override
    public void sent(List<Outgoing> sent) {
        entityManager.createQuery("delete from WarningTransition t where t.seq in :seqs")
                .setParameter("seqs", sent.stream().map(out -> ((WarningTransition) out.row()).seq).toList())
                .executeUpdate();
    }

    @Override
    public void parkedAsEvent(Outgoing refused) {
        entityManager.remove(refused.row());
    }

    private String payloadOf(WarningTransition t) {
        try {
            return json.writeValueAsString(new CloudEvent(t.eventId().toString(), outbox.source(), WarningChanged.TYPE,
                    t.assignmentId.toString(), t.changedAt, t.data()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("warning transition " + t.seq + " cannot be written as JSON", e);
        }
    }
}
