package org.supervision.notification.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.supervision.notification.reminder.Reminder;
import org.supervision.notification.reminder.ReminderSettings;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Sends due reminders. Each batch is one transaction: the due rows are claimed with
 * {@code for update skip locked} (a second replica takes other rows, never the same), each gets
 * its inbox item and its delivery log rows ({@link ReminderDelivery}), and is marked SENT before
 * the commit. A crash before the commit leaves the rows PENDING for the next run; after it,
 * nothing is sent again.
 *
 * <p>Transactions are programmatic so that a Dispatcher made with {@code new} (a second replica in
 * a test) behaves exactly like the bean.
 */
@ApplicationScoped
public class Dispatcher {

    private final EntityManager entityManager;
    private final ReminderDelivery delivery;
    private final ReminderSettings settings;

    public Dispatcher(EntityManager entityManager, ReminderDelivery delivery, ReminderSettings settings) {
        this.entityManager = entityManager;
        this.delivery = delivery;
        this.settings = settings;
    }

    /** Sends one batch of reminders due at {@code now}; returns how many it sent (0: nothing is due). */
    public int dispatchDue(Instant now, int batchSize) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Reminder> due = claim(now, batchSize);
            for (Reminder reminder : due) {
                send(reminder, now);
            }
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

    private void send(Reminder reminder, Instant now) {
        delivery.deliver(reminder, now);
    }
}
