package org.supervision.notification.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * A supervisor's resend of a FAILED reminder, once its data is fixed: PENDING again, so the next
 * dispatcher run sends it (its due time has passed) or, failing again, marks it FAILED again with the
 * new reason. The last failure's reason and time stay as its history.
 *
 * <p>Only what the unit should still be told: not a deadline's reminder once the assignment is closed
 * or its deadline moved (the schedule of the new deadline has its own reminders), not a "due soon" or
 * "due today" once the day has passed, not a missing report once nothing is missing.
 */
@ApplicationScoped
public class ReminderResend {

    private static final Set<ReminderKind> OF_THE_DEADLINE = EnumSet.of(ReminderKind.BEFORE_DEADLINE,
            ReminderKind.DUE_TODAY, ReminderKind.OVERDUE, ReminderKind.ESCALATION);
    private static final Set<ReminderKind> BEFORE_OR_ON_THE_DAY = EnumSet.of(ReminderKind.BEFORE_DEADLINE,
            ReminderKind.DUE_TODAY, ReminderKind.REPORT_DUE_SOON, ReminderKind.REPORT_DUE_TODAY);

    private final EntityManager entityManager;
    private final Clock clock;
    private final ReminderSettings settings;

    public ReminderResend(EntityManager entityManager, Clock clock, ReminderSettings settings) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.settings = settings;
    }

    @Transactional
    public ReminderView resend(UUID id) {
        String kind = kindOf(id);
        if (!ReminderKind.KNOWN.contains(kind)) {
            throw new ProblemException(Problem.of(409, "reminder-kind-unknown", "Not known to this version",
                    "This reminder is of kind " + kind + ", which a newer version of the service wrote; "
                            + "resend it once every replica runs that version."));
        }
        Reminder reminder = entityManager.find(Reminder.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (reminder.status != Reminder.Status.FAILED) {
            throw new ProblemException(Problem.of(409, "not-resendable", "Cannot be resent",
                    "Only a FAILED reminder can be resent; this one is " + reminder.status + "."));
        }
        String outdated = outdated(reminder, LocalDate.ofInstant(clock.instant(), settings.zone()));
        if (outdated != null) {
            throw new ProblemException(Problem.of(409, "reminder-outdated", "No longer to be told",
                    "This reminder stays FAILED: " + outdated + "."));
        }
        reminder.status = Reminder.Status.PENDING;
        return ReminderView.of(reminder);
    }

    /** The stored kind, read as text: an entity cannot hold a kind this version does not know. */
    private String kindOf(UUID id) {
        List<?> kind = entityManager.createNativeQuery("select kind from reminder where id = ?1").setParameter(1, id)
                .getResultList();
        if (kind.isEmpty()) {
            throw ProblemException.notFound("reminder " + id);
        }
        return (String) kind.get(0);
    }

    /** Why the unit should no longer be told this, or null. */
    private String outdated(Reminder reminder, LocalDate today) {
        TrackedAssignment assignment = reminder.assignment;
        if (OF_THE_DEADLINE.contains(reminder.kind) && assignment != null
                && (!assignment.open || !Objects.equals(assignment.deadline, reminder.deadline))) {
            return assignment.open ? "the assignment's deadline has moved" : "the assignment is closed";
        }
        if (BEFORE_OR_ON_THE_DAY.contains(reminder.kind) && reminder.deadline != null && reminder.deadline.isBefore(today)) {
            return "its day has passed";
        }
        if (reminder.kind == ReminderKind.REPORT_MISSING && entityManager.createNativeQuery("""
                        select 1 from tracked_assignment where plan_id = ?1 and unit_code = ?2 and open and report_missing
                        limit 1""")
                .setParameter(1, reminder.planId).setParameter(2, reminder.unitCode).getResultList().isEmpty()) {
            return "the unit's report is no longer missing";
        }
        return null;
    }
}
