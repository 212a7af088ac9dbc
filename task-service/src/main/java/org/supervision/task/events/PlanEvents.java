package org.supervision.task.events;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.supervision.task.assignment.AssignmentIssuing;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Consumes supervision.plan.v1. The event id is recorded in the same transaction as the
 * assignments it creates, so a redelivered event changes nothing; an event that fails goes to the
 * dead-letter topic with the reason (failure-strategy in application.properties).
 */
@ApplicationScoped
public class PlanEvents {

    private final EventInbox inbox;
    private final AssignmentIssuing issuing;

    public PlanEvents(EventInbox inbox, AssignmentIssuing issuing) {
        this.inbox = inbox;
        this.issuing = issuing;
    }

    @Incoming("plan-events")
    @Blocking // ordered: one partition's events are handled one after another
    @Transactional
    public void onPlanEvent(String payload) {
        IncomingEvent event = inbox.read(payload);
        if (!inbox.firstDelivery(event)) {
            Log.debugf("event %s seen before; nothing to do", event.id());
            return;
        }
        switch (event.type()) {
            case PlanPublished.TYPE -> issuing.issue(inbox.data(event, PlanPublished.class));
            case MeasureChanged.ADDED, MeasureChanged.CHANGED, MeasureChanged.WITHDRAWN, MeasureChanged.DEADLINE_CHANGED ->
                    issuing.onMeasureEvent(event.type(), inbox.data(event, MeasureChanged.class));
            default -> Log.debugf("event type %s is not for task-service", event.type());
        }
    }
}
