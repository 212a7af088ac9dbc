package org.supervision.notification.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hibernate.Session;
import org.supervision.notification.reminder.Reminder;
import org.supervision.notification.reminder.ReminderKind;
import org.supervision.notification.reminder.ReminderSettings;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Sends due reminders. Each batch is one transaction: the due rows are claimed with
 * {@code for update skip locked} (a second replica takes other rows, never the same), each gets
 * its inbox item and its delivery log rows (worded by {@link ReminderDelivery}), and is marked SENT
 * before the commit (written as JDBC batches, see {@link DispatchedBatch}). A crash before
 * the commit leaves the rows PENDING for the next run; after it, nothing is sent again.
 *
 * <p>When a batch fails because of its reminders' data (a value the database refuses, a text that
 * cannot be worded), its reminders are sent again in smaller pieces ({@link FailedBatch}), each claimed
 * again the same way, and the ones that fail alone are FAILED ({@link FailedReminders}); a failure of
 * the database itself is thrown, and the next run tries the whole batch again. Only a failed batch
 * takes that path: a healthy one is still one transaction with one JDBC batch per table.
 *
 * <p>Transactions are programmatic so that a Dispatcher made with {@code new} (a second replica in
 * a test) behaves exactly like the bean.
 */
@ApplicationScoped
public class Dispatcher {

    private final EntityManager entityManager;
    private final ReminderDelivery delivery;
    private final OutboundWindow window;
    private final ReminderSettings settings;
    private final FailedReminders failed;
    private final ReminderLateness lateness;

    public Dispatcher(EntityManager entityManager, ReminderDelivery delivery, OutboundWindow window,
                      ReminderSettings settings, FailedReminders failed, ReminderLateness lateness) {
        this.entityManager = entityManager;
        this.delivery = delivery;
        this.window = window;
        this.settings = settings;
        this.failed = failed;
        this.lateness = lateness;
    }

    /**
     * Sends one batch of reminders due at {@code now}; returns how many it took off the queue, sent or
     * FAILED (0: nothing is due).
     */
    public int dispatchDue(Instant now, int batchSize) {
        List<UUID> claimed = new ArrayList<>();
        try {
            List<Instant> dueTimes = new ArrayList<>();
            int sent = QuarkusTransaction.requiringNew().call(() -> {
                dueTimes.clear();
                claimed.addAll(claimDue(now, batchSize));
                return send(claimed, now, dueTimes);
            });
            lateness.sent(dueTimes, now); // committed: these were sent
            return sent;
        } catch (RuntimeException e) {
            if (claimed.isEmpty() || !DispatchFailure.of(e).ofTheReminders()) {
                throw e; // the database's or the transaction's: every piece would fail alike; the next run tries again
            }
            return new FailedBatch(ids -> sendAgain(ids, now), failed).settle(claimed, e, now);
        }
    }

    public int dispatchDue(Instant now) {
        return dispatchDue(now, settings.batchSize());
    }

    /** Part of a failed batch, in a transaction of its own: what is still due and not held by another dispatcher. */
    private int sendAgain(List<UUID> ids, Instant now) {
        List<Instant> dueTimes = new ArrayList<>();
        int sent = QuarkusTransaction.requiringNew().call(() -> {
            dueTimes.clear();
            return send(claimAgain(ids, now), now, dueTimes);
        });
        lateness.sent(dueTimes, now);
        return sent;
    }

    /**
     * Words and writes the claimed (locked) reminders; the caller's transaction commits them all or none.
     * Their due times go to {@code dueTimes}, for the lateness once committed.
     */
    private int send(List<UUID> claimed, Instant now, List<Instant> dueTimes) {
        if (claimed.isEmpty()) {
            return 0;
        }
        List<Reminder> due = load(claimed);
        ReminderDelivery.Audience audience = delivery.audienceOf(
                due.stream().map(Reminder::unitCodeOf).collect(Collectors.toSet()));
        DispatchedBatch batch = new DispatchedBatch(now);
        Instant firstTry = window.nextOpen(now);
        for (Reminder reminder : due) {
            delivery.compose(reminder, now, firstTry, audience, batch);
        }
        entityManager.unwrap(Session.class).doWork(batch::write);
        due.forEach(reminder -> dueTimes.add(reminder.dueAt.toInstant()));
        return due.size();
    }

    /**
     * Locks due reminders, oldest first. Ids only: the rows are read once they are held, so that a row
     * this service cannot word fails after the claim, when the dispatcher knows which rows to try again.
     * Only kinds this version knows: during a rolling upgrade a newer replica's kind stays PENDING for
     * a replica that can word it, rather than FAILED here.
     */
    @SuppressWarnings("unchecked")
    private List<UUID> claimDue(Instant now, int batchSize) {
        return entityManager.createNativeQuery("""
                        select id from reminder where status = 'PENDING' and due_at <= ?1 and kind in (?3)
                        order by due_at, id limit ?2
                        for update skip locked""", UUID.class)
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, batchSize)
                .setParameter(3, ReminderKind.KNOWN).getResultList();
    }

    /** The same claim for reminders of a failed batch: another dispatcher may have sent or be holding some meanwhile. */
    @SuppressWarnings("unchecked")
    private List<UUID> claimAgain(List<UUID> ids, Instant now) {
        return entityManager.createNativeQuery("""
                        select id from reminder where id in (?1) and status = 'PENDING' and due_at <= ?2 and kind in (?3)
                        order by due_at, id
                        for update skip locked""", UUID.class)
                .setParameter(1, ids).setParameter(2, now.atOffset(ZoneOffset.UTC)).setParameter(3, ReminderKind.KNOWN)
                .getResultList();
    }

    /**
     * The claimed reminders with their assignments (reminders of a unit in a plan have none), in one
     * query rather than one per reminder.
     */
    private List<Reminder> load(List<UUID> ids) {
        return entityManager.createQuery("from Reminder r left join fetch r.assignment where r.id in :ids order by r.dueAt, r.id",
                        Reminder.class)
                .setParameter("ids", ids).getResultList();
    }
}
