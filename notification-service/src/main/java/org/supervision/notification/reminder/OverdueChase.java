package org.supervision.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.supervision.notification.calendar.WorkingDays;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Overdue work is chased until it is done. The schedule of a deadline holds the plan's {@code overdueMaxReminders}
 * overdue reminders; once they are sent and the assignment is still open, this adds the next one,
 * {@code supervision.reminders.overdue.then-every-working-days} working days after the last, and again after that
 * one is sent, for as long as the work stays open. Completion and cancellation end it as they end every schedule
 * (ReminderPlanner cancels what is pending and the assignment is no longer open here); a new deadline starts a new
 * schedule. Only one chase is pending per assignment at a time, so nothing piles up. Idempotent (the reminder_once
 * index refuses the same reminder twice), so every replica may run it.
 */
@ApplicationScoped
public class OverdueChase {

    /** Open assignments past their deadline whose overdue reminders of that deadline were sent and none is pending. */
    private static final String SPENT = """
            select t.assignment_id,
                   (select max(r.due_at) from reminder r where r.assignment_id = t.assignment_id and r.kind = 'OVERDUE'
                      and r.deadline = t.deadline and r.status in ('SENT', 'FAILED')) as last_due
            from tracked_assignment t
            where t.open and t.deadline < cast(?1 as date) and t.assignment_id > ?2
              and exists (select 1 from reminder r where r.assignment_id = t.assignment_id and r.kind = 'OVERDUE'
                          and r.deadline = t.deadline and r.status in ('SENT', 'FAILED'))
              and not exists (select 1 from reminder r where r.assignment_id = t.assignment_id and r.kind = 'OVERDUE'
                              and r.status = 'PENDING')
            order by t.assignment_id
            limit ?3""";

    private final EntityManager entityManager;
    private final WorkingDays workingDays;
    private final ReminderSettings settings;
    private final Clock clock;

    public OverdueChase(EntityManager entityManager, WorkingDays workingDays, ReminderSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(identity = "overdue-chase", every = "${supervision.reminders.overdue.chase-every:1h}",
            delayed = "${supervision.reminders.dispatch-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Plans the next chase of every overdue assignment that needs one; returns how many were planned. */
    public int run() {
        int every = settings.overdue().thenEveryWorkingDays();
        if (every <= 0) {
            return 0;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        String cause = "overdue-chase:" + today;
        UUID after = new UUID(0, 0); // the least uuid as PostgreSQL orders them (unsigned bytes)
        int planned = 0;
        while (true) {
            UUID from = after;
            List<Object[]> spent = QuarkusTransaction.requiringNew().call(() -> spent(today, from));
            if (spent.isEmpty()) {
                return planned;
            }
            planned += QuarkusTransaction.requiringNew().call(() -> {
                int added = 0;
                for (Object[] row : spent) {
                    added += plan((UUID) row[0], instant(row[1]), every, today, now, cause);
                }
                return added;
            });
            after = (UUID) spent.get(spent.size() - 1)[0];
        }
    }

    /** A timestamptz as the driver gives it to a native query. */
    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> spent(LocalDate today, UUID after) {
        return entityManager.createNativeQuery(SPENT).setParameter(1, today).setParameter(2, after)
                .setParameter(3, settings.batchSize()).getResultList();
    }

    /**
     * The next chase: {@code every} working days after the last overdue reminder's day; a day that has passed
     * (the chase did not run for a while) is today. Inserted only while the assignment is still open and has no
     * pending overdue reminder, checked again in this transaction.
     */
    private int plan(UUID assignmentId, Instant lastDue, int every, LocalDate today, Instant now, String cause) {
        LocalDate last = LocalDate.ofInstant(lastDue, settings.zone());
        LocalDate day = workingDays.plus(last, every);
        if (day.isBefore(today)) {
            day = today;
        }
        Instant dueAt = day.atTime(settings.sendAt()).atZone(settings.zone()).toInstant();
        return entityManager.createNativeQuery("""
                        insert into reminder (id, assignment_id, kind, due_at, deadline, status, source_event_id, created_at)
                        select ?1, t.assignment_id, 'OVERDUE', ?2, t.deadline, 'PENDING', ?3, ?4 from tracked_assignment t
                        where t.assignment_id = ?5 and t.open
                          and not exists (select 1 from reminder r where r.assignment_id = t.assignment_id
                                          and r.kind = 'OVERDUE' and r.status = 'PENDING')
                        on conflict (assignment_id, kind, due_at) where status <> 'CANCELLED' and milestone_id is null do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, dueAt.atOffset(ZoneOffset.UTC)).setParameter(3, cause)
                .setParameter(4, now.atOffset(ZoneOffset.UTC)).setParameter(5, assignmentId).executeUpdate();
    }
}
