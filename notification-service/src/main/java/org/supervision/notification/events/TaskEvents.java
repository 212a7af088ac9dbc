package org.supervision.notification.events;

import java.util.Objects;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.supervision.notification.inbox.NewAssignmentNotice;
import org.supervision.notification.inbox.SupervisionNoticeItem;
import org.supervision.notification.reminder.ReminderPlanner;
import org.supervision.notification.reporting.ReportMissingNotice;
import org.supervision.notification.reporting.ReportingCycles;
import org.supervision.notification.reporting.ReportingReminders;
import org.supervision.notification.review.ReviewOutcomes;
import org.supervision.platform.events.inbox.EventInbox;
import org.supervision.platform.events.inbox.IncomingEvent;
import org.supervision.platform.events.inbox.UnreadableEventException;

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
    private final ReviewOutcomes outcomes;
    private final ReportingCycles cycles;
    private final ReportingReminders reporting;
    private final ReportMissingNotice missing;

    public TaskEvents(EventInbox inbox, NewAssignmentNotice newAssignment, SupervisionNoticeItem notices,
                      ReminderPlanner reminders, ReviewOutcomes outcomes, ReportingCycles cycles,
                      ReportingReminders reporting, ReportMissingNotice missing) {
        this.inbox = inbox;
        this.newAssignment = newAssignment;
        this.notices = notices;
        this.reminders = reminders;
        this.outcomes = outcomes;
        this.cycles = cycles;
        this.reporting = reporting;
        this.missing = missing;
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
                reporting.replanUnit(issued.planId(), issued.unitCode(), event.id());
            }
            case AssignmentChanged.TYPE -> changed(event.id(), inbox.data(event, AssignmentChanged.class));
            case NoticeChanged.TYPE -> notices.deliver(event.id(), inbox.data(event, NoticeChanged.class));
            case WarningChanged.TYPE -> warningChanged(event.id(), inbox.data(event, WarningChanged.class));
            case ReportingCycleChanged.TYPE -> {
                ReportingCycleChanged changed = inbox.data(event, ReportingCycleChanged.class);
                cycles.changed(event.id(), changed);
                reporting.replanPlan(changed.planId(), event.id());
            }
            default -> Log.debugf("event type %s is not for notification-service", event.type());
        }
    }

    private void changed(String eventId, AssignmentChanged changed) {
        reminders.changed(eventId, changed); // validates, tracks the new state, moves the schedule
        outcomes.changed(eventId, changed);
        if ("REPORT".equals(changed.action())) {
            missing.reported(changed.assignmentId(), changed.planId(), changed.unitCode());
        }
        if (!Objects.equals(changed.fromState(), changed.toState()) || changed.ends()) {
            // whether the unit still reports in this plan may have changed
            reporting.replanUnit(changed.planId(), changed.unitCode(), eventId);
        }
    }

    private void warningChanged(String eventId, WarningChanged changed) {
        if (changed.assignmentId() == null || changed.planId() == null || changed.unitCode() == null
                || changed.unitCode().isBlank()) {
            throw new UnreadableEventException("warning-changed " + eventId + " without assignmentId, planId or unitCode");
        }
        missing.warningChanged(eventId, changed);
        if (changed.turnedRed()) {
            reminders.ensureOverdueSchedule(eventId, changed);
        }
    }
}
