package org.supervision.notification.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hibernate.Session;
import org.supervision.notification.reminder.Reminder;
import org.supervision.notification.reminder.ReminderSettings;
import org.supervision.notification.reminder.TrackedAssignment;

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
 * <p>Transactions are programmatic so that a Dispatcher made with {@code new} (a second replica in
 * a test) behaves exactly like the bean.
 */
@ApplicationScoped
public class Dispatcher {

    private final EntityManager entityManager;
    private final ReminderDelivery delivery;
    private final OutboundWindow window;
    private final ReminderSettings settings;

    public Dispatcher(EntityManager entityManager, ReminderDelivery delivery, OutboundWindow window,
                      ReminderSettings settings) {
        this.entityManager = entityManager;
        this.delivery = delivery;
        this.window = window;
        this.settings = settings;
    }

    /** Sends one batch of reminders due at {@code now}; returns how many it sent (0: nothing is due). */
    public int dispatchDue(Instant now, int batchSize) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Reminder> due = claim(now, batchSize);
            if (due.isEmpty()) {
                return 0;
            }
            // everything the batch needs, in a few queries rather than several per reminder
            loadAssignments(due);
            ReminderDelivery.Audience audience = delivery.audienceOf(
                    due.stream().map(Reminder::unitCodeOf).collect(Collectors.toSet()));
            DispatchedBatch batch = new DispatchedBatch(now);
            Instant firstTry = window.nextOpen(now);
            for (Reminder reminder : due) {
                delivery.compose(reminder, now, firstTry, audience, batch);
            }
            entityManager.unwrap(Session.class).doWork(batch::write);
            return due.size();
        });
    }

    public int dispatchDue(Instant now) {
        return dispatchDue(now, settings.batchSize());
    }

    @SuppressWarnings("unchecked")
    private List<Reminder> claim(Instant now, int batchSize) {
        return entityManager.createNativeQuery("""
                        select * from reminder where status = 'PENDING' and due_at <= ?1
                        order by due_at, id limit ?2
                        for update skip locked""", Reminder.class)
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, batchSize).getResultList();
    }

    /**
     * Puts the reminders' assignments into the persistence context, so that reading them costs no
     * query each (reminders of a unit in a plan have none).
     */
    private void loadAssignments(List<Reminder> due) {
        List<UUID> reminderIds = due.stream().map(r -> r.id).toList();
        entityManager.createQuery("""
                        from TrackedAssignment where assignmentId in
                            (select r.assignment.assignmentId from Reminder r where r.id in :ids)""", TrackedAssignment.class)
                .setParameter("ids", reminderIds).getResultList();
    }
}
