package org.supervision.task.assignment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.supervision.task.events.AssignmentIssued;
import org.supervision.task.events.EventOutbox;
import org.supervision.task.events.PlanPublished;
import org.supervision.task.events.UnreadableEventException;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Turns a published plan into one assignment per responsible unit of each measure. */
@ApplicationScoped
public class AssignmentIssuing {

    private final AssignmentRepository assignments;
    private final EventOutbox outbox;
    private final Clock clock;

    public AssignmentIssuing(AssignmentRepository assignments, EventOutbox outbox, Clock clock) {
        this.assignments = assignments;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int issue(PlanPublished plan) {
        if (plan.planId() == null || plan.measures() == null) {
            throw new UnreadableEventException("plan.published without planId or measures");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int issued = 0;
        for (PlanPublished.MeasureData measure : plan.measures()) {
            for (PlanPublished.UnitData unit : measure.units()) {
                // a replayed plan (new event id, same content) must not issue the work twice
                if (assignments.existsFor(measure.measureId(), unit.unitId())) {
                    continue;
                }
                Assignment assignment = new Assignment();
                assignment.id = UUID.randomUUID();
                assignment.planId = plan.planId();
                assignment.planTitle = plan.title();
                assignment.measureId = measure.measureId();
                assignment.measureNumber = measure.number();
                assignment.measureTitle = measure.title();
                assignment.unitId = unit.unitId();
                assignment.unitCode = unit.unitCode();
                assignment.unitName = unit.unitName();
                assignment.role = Role.valueOf(unit.role());
                assignment.deadline = measure.deadline();
                assignment.state = AssignmentState.ISSUED;
                assignment.createdAt = now;
                assignment.updatedAt = now;
                assignments.persist(assignment);
                outbox.add(AssignmentIssued.TOPIC, assignment.id.toString(), AssignmentIssued.TYPE, AssignmentIssued.of(assignment));
                issued++;
            }
        }
        Log.infof("plan %s: %d assignments issued", plan.planId(), issued);
        return issued;
    }
}
