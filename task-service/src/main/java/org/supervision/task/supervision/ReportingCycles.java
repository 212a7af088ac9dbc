package org.supervision.task.supervision;

import org.supervision.task.api.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.Versions;
import org.supervision.task.calendar.WorkingDayCalendar;
import org.supervision.contracts.Topics;
import org.supervision.contracts.reporting.ReportingCycleChanged;
import org.supervision.platform.events.outbox.EventOutbox;

/**
 * Setting and reading a plan's reporting cycle. A change names the version it was made against
 * (If-Match, as for assignments), and is published as {@value ReportingCycleChanged#TYPE} in the
 * same transaction, so reminders follow the cycle the supervisor set.
 */
@ApplicationScoped
@Transactional
public class ReportingCycles {

    /** The cycle a supervisor sets: e.g. MONTHLY due on the 5th. */
    public record Setting(@NotNull Frequency frequency, @Min(1) @Max(28) int dueDay) {
    }

    /** A cycle as the API shows it, with its last passed and next due dates. */
    public record View(UUID planId, Frequency frequency, int dueDay, LocalDate lastDue, LocalDate nextDue, long version) {
    }

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final EventOutbox outbox;
    private final Clock clock;

    public ReportingCycles(EntityManager entityManager, WorkingDayCalendar calendar, EventOutbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Creates the cycle (no If-Match needed: there is nothing to overwrite) or changes it (If-Match
     * required: 428 without, 412 when stale).
     */
    public View set(UUID planId, Setting setting, String ifMatch, String by) {
        if (setting.frequency() == Frequency.WEEKLY && setting.dueDay() > 7) {
            throw new ProblemException(Problem.badRequest("A weekly cycle is due on a day of the week.",
                    List.of(new Problem.Violation("dueDay", "day-of-week", "1 (Monday) to 7 (Sunday) for WEEKLY"))));
        }
        boolean known = !entityManager.createQuery("select a.id from Assignment a where a.planId = :plan")
                .setParameter("plan", planId).setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            throw ProblemException.notFound("plan " + planId + " (no assignments yet)");
        }
        ReportingCycle existing = entityManager.find(ReportingCycle.class, planId);
        checkVersion(existing, ifMatch);
        ReportingCycle cycle = existing != null ? existing : new ReportingCycle();
        cycle.planId = planId;
        cycle.frequency = setting.frequency();
        cycle.dueDay = setting.dueDay();
        LocalDate today = today();
        DueDates dueDates = new DueDates(cycle.frequency, cycle.dueDay, calendar);
        cycle.lastDue = dueDates.lastPassed(today);
        cycle.lastDueEnd = WarningSweep.endOf(cycle.lastDue);
        cycle.prevDueEnd = WarningSweep.endOf(dueDates.previous(cycle.lastDue));
        cycle.updatedBy = by;
        cycle.updatedAt = OffsetDateTime.now(clock);
        if (existing == null) {
            entityManager.persist(cycle);
        }
        entityManager.flush(); // the new version is what the answer's ETag and the event carry
        View view = view(cycle, today);
        outbox.add(Topics.TASK, planId.toString(), ReportingCycleChanged.TYPE, cycle.set(view.nextDue()));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<View> get(UUID planId) {
        return Optional.ofNullable(entityManager.find(ReportingCycle.class, planId)).map(c -> view(c, today()));
    }

    /** Removes the cycle (If-Match required: 428 without, 412 when stale); false when there is none. */
    public boolean remove(UUID planId, String ifMatch, String by) {
        ReportingCycle cycle = entityManager.find(ReportingCycle.class, planId);
        if (cycle == null) {
            return false;
        }
        checkVersion(cycle, ifMatch);
        long version = cycle.version;
        entityManager.remove(cycle);
        // the removal is one version past the last setting, so a consumer orders it after that one
        outbox.add(Topics.TASK, planId.toString(), ReportingCycleChanged.TYPE,
                ReportingCycle.removed(planId, version + 1, by, OffsetDateTime.now(clock)));
        return true;
    }

    /** An existing cycle is changed only against the version the caller read; a new one needs no If-Match. */
    private static void checkVersion(ReportingCycle existing, String ifMatch) {
        if (existing == null) {
            if (ifMatch != null && !ifMatch.isBlank() && !"*".equals(ifMatch.strip())) {
                throw new ProblemException(Problem.of(412, "stale-version", "Changed meanwhile",
                        "The reporting cycle you read has been removed meanwhile. Read it again and reapply your change."));
            }
            return;
        }
        if (ifMatch != null && "*".equals(ifMatch.strip())) {
            return; // "any current version": the caller knowingly overwrites (RFC 9110)
        }
        long expected = Versions.fromIfMatch(ifMatch);
        if (expected != existing.version) {
            throw new ProblemException(Problem.of(412, "stale-version", "Changed meanwhile",
                    "The reporting cycle was changed after you read it (it is now at version " + existing.version
                            + "). Read it again and reapply your change."));
        }
    }

    private View view(ReportingCycle c, LocalDate today) {
        DueDates dueDates = new DueDates(c.frequency, c.dueDay, calendar);
        return new View(c.planId, c.frequency, c.dueDay, dueDates.lastPassed(today), dueDates.next(today), c.version);
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
