package org.supervision.notification.review;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.notification.delivery.ReminderDelivery;
import org.supervision.notification.events.Received;
import org.supervision.notification.reminder.Reminder;
import org.supervision.notification.reminder.ReminderKind;
import org.supervision.notification.reminder.TrackedAssignment;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A supervisor's decision told to the unit at once: completion returned (with the reason) or
 * completed (销号), an extension approved (the new deadline) or refused, a dispute rejected or
 * accepted (the work reassigned; the new unit hears of it through its own assignment.issued). Each
 * is a reminder row written SENT with its inbox item, mails (or the unit's digest) and webhooks, in
 * the consumer's transaction: the delivery log and the webhook payload treat it like any reminder.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewOutcomes {

    private static final int MAX_DETAIL = 2000;

    private final EntityManager entityManager;
    private final ReminderDelivery delivery;
    private final Clock clock;

    public ReviewOutcomes(EntityManager entityManager, ReminderDelivery delivery, Clock clock) {
        this.entityManager = entityManager;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** After ReminderPlanner (priority 100) has recorded the change: the assignment is tracked, its schedule moved. */
    void onChanged(@Observes @Priority(200) Received<AssignmentChanged> changed) {
        changed(changed.eventId(), changed.data());
    }

    public void changed(String eventId, AssignmentChanged changed) {
        ReminderKind kind = kindOf(changed);
        if (kind == null) {
            return;
        }
        TrackedAssignment assignment = entityManager.find(TrackedAssignment.class, changed.assignmentId());
        Instant now = clock.instant();
        Reminder notice = new Reminder();
        notice.id = UUID.randomUUID();
        notice.assignment = assignment;
        notice.kind = kind;
        notice.dueAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        notice.deadline = changed.deadline() != null ? changed.deadline() : assignment.deadline;
        notice.detail = changed.reason() == null || changed.reason().isBlank() ? null
                : changed.reason().length() > MAX_DETAIL ? changed.reason().substring(0, MAX_DETAIL) : changed.reason().strip();
        notice.status = Reminder.Status.PENDING;
        notice.sourceEventId = eventId;
        notice.createdAt = notice.dueAt;
        entityManager.persist(notice);
        entityManager.flush(); // the inbox item and the delivery rows reference it
        delivery.deliver(notice, now);
    }

    static ReminderKind kindOf(AssignmentChanged changed) {
        return switch (String.valueOf(changed.action())) {
            case "RETURN" -> ReminderKind.RETURNED;
            case "COMPLETE" -> ReminderKind.COMPLETED;
            case "DECIDE_EXTENSION" -> extensionApproved(changed) ? ReminderKind.EXTENSION_APPROVED : ReminderKind.EXTENSION_REFUSED;
            case "REJECT_DISPUTE" -> ReminderKind.DISPUTE_REJECTED;
            case "REASSIGN" -> ReminderKind.REASSIGNED;
            case "RE_INSPECT_CONFIRM" -> ReminderKind.REINSPECT_CONFIRMED;
            case "RE_INSPECT_REOPEN" -> ReminderKind.REINSPECT_REOPENED;
            default -> null;
        };
    }

    /** DECIDE_EXTENSION: the extension was approved (decision APPROVED, or, from a producer without it, a moved deadline). */
    private static boolean extensionApproved(AssignmentChanged changed) {
        return changed.decision() != null ? "APPROVED".equals(changed.decision()) : changed.previousDeadline() != null;
    }
}
