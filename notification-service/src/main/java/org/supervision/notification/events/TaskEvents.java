package org.supervision.notification.events;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.supervision.notification.inbox.NewAssignmentNotice;
import org.supervision.notification.inbox.SupervisionNoticeItem;
import org.supervision.notification.reminder.ReminderPlanner;

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
    private final SupervisionNoticeItem notices;
    private final ReminderPlanner reminders;

    public TaskEvents(EventInbox inbox, NewAssignmentNotice newAssignment, SupervisionNoticeItem notices,
                      ReminderPlanner reminders) {
        this.inbox = inbox;
        this.newAssignment = newAssignment;
        this.notices = notices;
        this.reminders = reminders;
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
            case AssignmentIssued.TYPE -> {
                AssignmentIssued issued = inbox.data(event, AssignmentIssued.class);
                newAssignment.deliver(event.id(), issued);
                reminders.issued(event.id(), issued);
            }
            case AssignmentChanged.TYPE -> reminders.changed(event.id(), inbox.data(event, AssignmentChanged.class));
            case NoticeChanged.TYPE -> notices.deliver(event.id(), inbox.data(event, NoticeChanged.class));
            default -> Log.debugf("event type %s is not for notification-service", event.type());
        }
    }
}
