package org.supervision.notification.events;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.supervision.notification.inbox.NewAssignmentNotice;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Consumes supervision.task.v1: the event id is recorded with the inbox items it creates, so a
 * redelivery creates nothing; failures go to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class TaskEvents {

    private final EventInbox inbox;
    private final NewAssignmentNotice newAssignment;

    public TaskEvents(EventInbox inbox, NewAssignmentNotice newAssignment) {
        this.inbox = inbox;
        this.newAssignment = newAssignment;
    }

    @Incoming("task-events")
    @Blocking // ordered: one partition's events are handled one after another
    @Transactional
    public void onTaskEvent(String payload) {
        IncomingEvent event = inbox.read(payload);
        if (!inbox.firstDelivery(event)) {
            Log.debugf("event %s seen before; nothing to do", event.id());
            return;
        }
        switch (event.type()) {
            case AssignmentIssued.TYPE -> newAssignment.deliver(event.id(), inbox.data(event, AssignmentIssued.class));
            default -> Log.debugf("event type %s is not for notification-service", event.type());
        }
    }
}
