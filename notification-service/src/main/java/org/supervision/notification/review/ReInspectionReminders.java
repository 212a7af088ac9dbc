package org.supervision.notification.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.notification.events.Received;
import org.supervision.notification.reminder.ReminderKind;
import org.supervision.notification.reminder.ReminderSettings;

import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * 复核 after 销号: when the supervisor completed work subject to a re-inspection ({@code reviewAt} on
 * assignment.changed), the office is reminded on that day (REVIEW_DUE, in the office's inbox and the supervisors'
 * mail; the unit is not told). task-service sends {@code reviewAt} on every change while the re-inspection is
 * pending, so an event without it means none is pending any more (confirmed, reopened, or reopened by hand) and a
 * pending reminder is cancelled.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReInspectionReminders {

    private final EntityManager entityManager;
    private final ReminderSettings settings;
    private final Clock clock;

    public ReInspectionReminders(EntityManager entityManager, ReminderSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    /** After ReminderPlanner (100) has tracked the assignment the reminder refers to, and after the review outcome (200). */
    void onChanged(@Observes @Priority(250) Received<AssignmentChanged> changed) {
        changed(changed.eventId(), changed.data());
    }

    public void changed(String eventId, AssignmentChanged changed) {
        LocalDate reviewAt = changed.reviewAt();
        if (reviewAt == null) {
            int cancelled = cancelPending(changed.assignmentId());
            if (cancelled > 0) {
                Log.debugf("assignment %s %s: re-inspection reminder withdrawn", changed.assignmentId(), changed.action());
            }
            return;
        }
        // another date replaces a pending one; the same date is already there (a repeated event adds nothing)
        entityManager.createNativeQuery("""
                        update reminder set status = 'CANCELLED' where assignment_id = ?1 and kind = 'REVIEW_DUE'
                        and status = 'PENDING' and deadline <> ?2""")
                .setParameter(1, changed.assignmentId()).setParameter(2, reviewAt).executeUpdate();
        entityManager.createNativeQuery("""
                        insert into reminder (id, assignment_id, kind, due_at, deadline, status, source_event_id, created_at)
                        values (?1, ?2, ?3, ?4, ?5, 'PENDING', ?6, ?7)
                        on conflict (assignment_id, kind, due_at) where status <> 'CANCELLED' and milestone_id is null do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, changed.assignmentId())
                .setParameter(3, ReminderKind.REVIEW_DUE.name())
                .setParameter(4, reviewAt.atTime(settings.sendAt()).atZone(settings.zone()).toOffsetDateTime()
                        .withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter(5, reviewAt).setParameter(6, eventId).setParameter(7, clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    private int cancelPending(UUID assignmentId) {
        return entityManager.createNativeQuery("""
                        update reminder set status = 'CANCELLED' where assignment_id = ?1 and kind = 'REVIEW_DUE'
                        and status = 'PENDING'""")
                .setParameter(1, assignmentId).executeUpdate();
    }
}
