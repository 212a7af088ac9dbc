package org.supervision.notification.urge;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.supervision.contracts.assignment.AssignmentUrged;
import org.supervision.notification.delivery.ReminderDelivery;
import org.supervision.notification.events.Received;
import org.supervision.notification.reminder.Reminder;
import org.supervision.notification.reminder.ReminderKind;
import org.supervision.notification.reminder.TrackedAssignment;
import org.supervision.platform.events.inbox.UnreadableEventException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * 催办 by hand told to the unit at once: an {@code URGED} reminder written SENT with its inbox item, e-mails to the
 * unit's officers (or its digest) and signed webhooks, in the consumer's transaction, like a review outcome. The
 * consumer records the event id in the same transaction, so a redelivered urge tells nothing twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UrgeNotice {

    private static final int MAX_DETAIL = 2000;

    private final EntityManager entityManager;
    private final ReminderDelivery delivery;
    private final Clock clock;

    public UrgeNotice(EntityManager entityManager, ReminderDelivery delivery, Clock clock) {
        this.entityManager = entityManager;
        this.delivery = delivery;
        this.clock = clock;
    }

    void onUrged(@Observes Received<AssignmentUrged> urged) {
        urged(urged.eventId(), urged.data());
    }

    public void urged(String eventId, AssignmentUrged urged) {
        if (urged.assignmentId() == null || urged.planId() == null || urged.unitCode() == null || urged.unitCode().isBlank()) {
            throw new UnreadableEventException("assignment.urged " + eventId + " without assignmentId, planId or unitCode");
        }
        Instant now = clock.instant();
        Reminder notice = new Reminder();
        notice.id = UUID.randomUUID();
        notice.assignment = tracked(urged, now);
        notice.kind = ReminderKind.URGED;
        notice.dueAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        notice.deadline = urged.deadline();
        String message = urged.message() == null || urged.message().isBlank() ? null : urged.message().strip();
        notice.detail = message == null || message.length() <= MAX_DETAIL ? message : message.substring(0, MAX_DETAIL);
        notice.status = Reminder.Status.PENDING;
        notice.sourceEventId = eventId;
        notice.createdAt = notice.dueAt;
        entityManager.persist(notice);
        entityManager.flush(); // the inbox item and the delivery rows reference it
        delivery.deliver(notice, now);
    }

    /**
     * The assignment as tracked here; one whose issue was never seen here (its events older than this service's
     * database) is tracked from the urge, which names everything a text needs. Its schedule stays with the
     * lifecycle events: the urge does not plan reminders.
     */
    private TrackedAssignment tracked(AssignmentUrged urged, Instant now) {
        TrackedAssignment assignment = entityManager.find(TrackedAssignment.class, urged.assignmentId());
        if (assignment != null) {
            return assignment;
        }
        assignment = new TrackedAssignment();
        assignment.assignmentId = urged.assignmentId();
        assignment.planId = urged.planId();
        assignment.planTitle = urged.planTitle();
        assignment.measureId = urged.measureId();
        assignment.measureNumber = urged.measureNumber();
        assignment.measureTitle = urged.measureTitle();
        assignment.unitCode = urged.unitCode();
        assignment.unitName = urged.unitName();
        assignment.role = urged.role();
        assignment.deadline = urged.deadline();
        assignment.state = urged.state();
        assignment.open = true; // only open work is urged
        assignment.updatedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        entityManager.persist(assignment);
        return assignment;
    }
}
