package org.supervision.task.assignment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.supervision.contracts.plan.MeasureChanged;
import org.supervision.contracts.plan.MeasurePublished;
import org.supervision.contracts.plan.PlanPublished;
import org.supervision.contracts.plan.PlanPublishedV1;
import org.supervision.platform.events.inbox.EventInbox;
import org.supervision.platform.events.inbox.IncomingEvent;
import org.supervision.platform.tracing.EventTracing;
import org.supervision.task.plan.Plans;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Consumes supervision.plan.v1 into the assignments it feeds (as {@code unit.UnitEvents} feeds the unit
 * directory): a plan's header (plan.published.v2) and then each of its measures
 * (measure.published), or a whole plan in one legacy plan.published.v1 event; then changes of its
 * measures. The event id is recorded in the same transaction as the assignments it creates, so a
 * redelivered event changes nothing; an event that fails goes to the dead-letter topic with the
 * reason (failure-strategy in application.properties).
 */
@ApplicationScoped
public class PlanEvents {

    private final EventInbox inbox;
    private final AssignmentIssuing issuing;
    private final Plans plans;
    private final EventTracing tracing;

    public PlanEvents(EventInbox inbox, AssignmentIssuing issuing, Plans plans, EventTracing tracing) {
        this.inbox = inbox;
        this.issuing = issuing;
        this.plans = plans;
        this.tracing = tracing;
    }

    @Incoming("plan-events")
    @Blocking // ordered: one partition's events are handled one after another
    @Transactional
    public void onPlanEvent(ConsumerRecord<String, String> record) {
        // in the trace of the request that caused the event (its traceparent header): the log lines carry its id
        tracing.within(record, () -> handle(record.value()));
    }

    private void handle(String payload) {
        IncomingEvent event = inbox.read(payload);
        if (!inbox.firstDelivery(event)) {
            Log.debugf("event %s seen before; nothing to do", event.id());
            return;
        }
        switch (event.type()) {
            case PlanPublished.TYPE -> {
                PlanPublished plan = inbox.data(event, PlanPublished.class);
                plans.published(plan.planId(), plan.title(), plan.docNumber(), plan.year(), plan.version(),
                        plan.measureCount(), plan.publishedAt());
            }
            case MeasurePublished.TYPE -> issuing.issue(inbox.data(event, MeasurePublished.class));
            case PlanPublishedV1.TYPE -> issuing.issue(inbox.data(event, PlanPublishedV1.class));
            case MeasureChanged.ADDED, MeasureChanged.CHANGED, MeasureChanged.WITHDRAWN, MeasureChanged.DEADLINE_CHANGED ->
                    issuing.onMeasureEvent(event.type(), inbox.data(event, MeasureChanged.class));
            default -> Log.debugf("event type %s is not for task-service", event.type());
        }
    }
}
