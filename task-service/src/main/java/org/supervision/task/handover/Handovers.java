package org.supervision.task.handover;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.supervision.task.access.Caller;
import org.supervision.task.assignment.Assignment;
import org.supervision.task.assignment.AssignmentLifecycle;
import org.supervision.task.assignment.LifecycleRequests;

/**
 * 转办 inside a unit: the lifecycle's HANDOVER moves the person in charge (audited, published), and the handover
 * itself is kept here, in the same transaction, so the unit's chain of hands reads in order.
 */
@ApplicationScoped
@Transactional
public class Handovers {

    private final AssignmentLifecycle lifecycle;
    private final EntityManager entityManager;
    private final Clock clock;

    public Handovers(AssignmentLifecycle lifecycle, EntityManager entityManager, Clock clock) {
        this.lifecycle = lifecycle;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Assignment handOver(UUID id, long version, LifecycleRequests.Handover request, Caller caller) {
        Assignment before = lifecycle.visible(id, caller);
        String fromPerson = before.personInCharge;
        String fromDepartment = before.handlingDepartment;
        Assignment after = lifecycle.handOver(id, version, request, caller);
        Handover h = new Handover();
        h.id = UUID.randomUUID();
        h.assignmentId = id;
        h.fromPerson = fromPerson;
        h.fromDepartment = fromDepartment;
        h.toPerson = after.personInCharge;
        h.toDepartment = after.handlingDepartment;
        h.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        h.handedOverBy = caller.name();
        h.handedOverAt = OffsetDateTime.now(clock);
        entityManager.persist(h);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HandoverView> of(UUID id, Caller caller) {
        lifecycle.visible(id, caller);
        return entityManager.createQuery("from Handover where assignmentId = :id order by handedOverAt, id", Handover.class)
                .setParameter("id", id).getResultList().stream().map(HandoverView::of).toList();
    }
}
