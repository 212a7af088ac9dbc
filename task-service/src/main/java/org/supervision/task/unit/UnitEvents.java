package org.supervision.task.unit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.supervision.contracts.unit.UnitChanged;
import org.supervision.platform.events.inbox.EventInbox;
import org.supervision.platform.events.inbox.IncomingEvent;
import org.supervision.platform.tracing.EventTracing;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Consumes supervision.unit.v1 into the {@link UnitDirectory}. Like the plan events: the event id is
 * recorded with the change, and an event that cannot be read goes to the dead-letter topic.
 */
@ApplicationScoped
public class UnitEvents {

    private final EventInbox inbox;
    private final UnitDirectory directory;
    private final EventTracing tracing;

    public UnitEvents(EventInbox inbox, UnitDirectory directory, EventTracing tracing) {
        this.inbox = inbox;
        this.directory = directory;
        this.tracing = tracing;
    }

    @Incoming("unit-events")
    @Blocking
    @Transactional
    public void onUnitEvent(ConsumerRecord<String, String> record) {
        // in the trace of the request that caused the event (its traceparent header): the log lines carry its id
        tracing.within(record, () -> handle(record.value()));
    }

    private void handle(String payload) {
        IncomingEvent event = inbox.read(payload);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case UnitChanged.CREATED, UnitChanged.CHANGED -> directory.apply(inbox.data(event, UnitChanged.class));
            default -> Log.debugf("event type %s is not for task-service", event.type()); // e.g. unit groups
        }
    }
}
