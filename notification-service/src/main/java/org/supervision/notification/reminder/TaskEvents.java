package org.supervision.notification.reminder;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.contracts.assignment.AssignmentIssued;
import org.supervision.contracts.assignment.AssignmentUrged;
import org.supervision.contracts.assignment.MilestoneChanged;
import org.supervision.contracts.assignment.WarningChanged;
import org.supervision.contracts.bulletin.BulletinPublished;
import org.supervision.contracts.notice.NoticeChanged;
import org.supervision.contracts.reporting.ReportingCycleChanged;
import org.supervision.platform.events.inbox.EventInbox;
import org.supervision.platform.events.inbox.IncomingEvent;
import org.supervision.notification.events.Received;
import org.supervision.platform.events.inbox.UnreadableEventException;
import org.supervision.platform.tracing.EventTracing;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Consumes supervision.task.v1: the event id is recorded with what the event changes, so a redelivery
 * changes nothing; failures go to the dead-letter topic with the reason. Reminders are what most of these
 * events feed, but not all: each event is fired as a {@link Received} to whichever domains observe it, in
 * this transaction and in the order of their {@code @Priority} (lower first):
 *
 * <ul>
 * <li>assignment.issued: inbox's new-assignment item (100), the reminder schedule (200), the unit's
 *     reporting reminders (300);</li>
 * <li>assignment.changed: the schedule, which validates and tracks the new state (100), review outcomes
 *     told at once (200), the office's to-do item for a completion request, dispute or extension request (250),
 *     the office's re-inspection reminder (250), milestone reminders of ended work cancelled (260),
 *     a REPORT clearing the missing report (300), the unit's reporting reminders when
 *     whether it reports may have changed (400);</li>
 * <li>assignment.warning-changed: the report-missing notice (100), then an overdue schedule for a RED
 *     without one (200);</li>
 * <li>plan.reporting-cycle.changed: the plan's cycle (100), then its reporting reminders (200);</li>
 * <li>notice.changed: the unit's inbox item, then the office's to-do item for an answer (200);</li>
 * <li>assignment.urged: the chase told to the unit at once (urge package);</li>
 * <li>assignment.milestone-changed: the milestone's reminders (MilestoneReminders);</li>
 * <li>bulletin.published: an inbox item for each unit the bulletin names.</li>
 * </ul>
 */
@ApplicationScoped
public class TaskEvents {

    private final EventInbox inbox;
    private final Event<Received<AssignmentIssued>> issued;
    private final Event<Received<AssignmentChanged>> changed;
    private final Event<Received<WarningChanged>> warningChanged;
    private final Event<Received<ReportingCycleChanged>> cycleChanged;
    private final Event<Received<NoticeChanged>> noticeChanged;
    private final Event<Received<AssignmentUrged>> urged;
    private final Event<Received<MilestoneChanged>> milestoneChanged;
    private final Event<Received<BulletinPublished>> bulletinPublished;
    private final EventTracing tracing;

    public TaskEvents(EventInbox inbox, Event<Received<AssignmentIssued>> issued, Event<Received<AssignmentChanged>> changed,
                      Event<Received<WarningChanged>> warningChanged, Event<Received<ReportingCycleChanged>> cycleChanged,
                      Event<Received<NoticeChanged>> noticeChanged, Event<Received<AssignmentUrged>> urged,
                      Event<Received<MilestoneChanged>> milestoneChanged, Event<Received<BulletinPublished>> bulletinPublished,
                      EventTracing tracing) {
        this.inbox = inbox;
        this.issued = issued;
        this.changed = changed;
        this.warningChanged = warningChanged;
        this.cycleChanged = cycleChanged;
        this.noticeChanged = noticeChanged;
        this.urged = urged;
        this.milestoneChanged = milestoneChanged;
        this.bulletinPublished = bulletinPublished;
        this.tracing = tracing;
    }

    @Incoming("task-events")
    @Blocking // ordered: one partition's events are handled one after another
    @Transactional
    public void onTaskEvent(ConsumerRecord<String, String> record) {
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
            case AssignmentIssued.TYPE -> fire(issued, event, AssignmentIssued.class);
            case AssignmentChanged.TYPE -> fire(changed, event, AssignmentChanged.class);
            case NoticeChanged.TYPE -> fire(noticeChanged, event, NoticeChanged.class);
            case AssignmentUrged.TYPE -> fire(urged, event, AssignmentUrged.class);
            case MilestoneChanged.TYPE -> fire(milestoneChanged, event, MilestoneChanged.class);
            case BulletinPublished.TYPE -> fire(bulletinPublished, event, BulletinPublished.class);
            case WarningChanged.TYPE -> {
                WarningChanged data = inbox.data(event, WarningChanged.class);
                if (data.assignmentId() == null || data.planId() == null || data.unitCode() == null
                        || data.unitCode().isBlank()) {
                    throw new UnreadableEventException("warning-changed " + event.id() + " without assignmentId, planId or unitCode");
                }
                warningChanged.fire(new Received<>(event.id(), data));
            }
            case ReportingCycleChanged.TYPE -> fire(cycleChanged, event, ReportingCycleChanged.class);
            default -> Log.debugf("event type %s is not for notification-service", event.type());
        }
    }

    private <T> void fire(Event<Received<T>> observers, IncomingEvent event, Class<T> type) {
        observers.fire(new Received<>(event.id(), inbox.data(event, type)));
    }
}
