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

import org.supervision.task.api.Problem;
import org.supervision.task.api.ProblemException;
import org.supervision.task.calendar.WorkingDayCalendar;

/** Setting and reading a plan's reporting cycle. */
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
    private final Clock clock;

    public ReportingCycles(EntityManager entityManager, WorkingDayCalendar calendar, Clock clock) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.clock = clock;
    }

    public View set(UUID planId, Setting setting, String by) {
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
        entityManager.flush();
        return view(cycle, today);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<View> get(UUID planId) {
        return Optional.ofNullable(entityManager.find(ReportingCycle.class, planId)).map(c -> view(c, today()));
    }

    public boolean remove(UUID planId) {
        ReportingCycle cycle = entityManager.find(ReportingCycle.class, planId);
        if (cycle == null) {
            return false;
        }
        entityManager.remove(cycle);
        return true;
    }

    private View view(ReportingCycle c, LocalDate today) {
        DueDates dueDates = new DueDates(c.frequency, c.dueDay, calendar);
        return new View(c.planId, c.frequency, c.dueDay, dueDates.lastPassed(today), dueDates.next(today), c.version);
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
