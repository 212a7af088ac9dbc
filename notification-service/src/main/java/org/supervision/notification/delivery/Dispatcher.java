package org.supervision.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.supervision.notification.contact.UnitContacts;
import org.supervision.notification.reminder.Reminder;
import org.supervision.notification.reminder.ReminderKind;
import org.supervision.notification.reminder.ReminderSettings;
import org.supervision.notification.reminder.ReminderText;
import org.supervision.notification.reminder.TrackedAssignment;
import org.supervision.notification.webhook.WebhookSubscription;
import org.supervision.notification.webhook.WebhookSubscriptions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Sends due reminders. Each batch is one transaction: the due rows are claimed with
 * {@code for update skip locked} (a second replica takes other rows, never the same), each gets
 * its inbox item and its delivery log rows, and is marked SENT before the commit. A crash before
 * the commit leaves the rows PENDING for the next run; after it, nothing is sent again.
 *
 * <p>Transactions are programmatic so that a Dispatcher made with {@code new} (a second replica in
 * a test) behaves exactly like the bean.
 */
@ApplicationScoped
public class Dispatcher {

    private final EntityManager entityManager;
    private final ReminderText text;
    private final DeliveryLog log;
    private final UnitContacts contacts;
    private final WebhookSubscriptions webhooks;
    private final OutboundWindow window;
    private final ReminderSettings settings;
    private final ObjectMapper json;

    public Dispatcher(EntityManager entityManager, ReminderText text, DeliveryLog log, UnitContacts contacts,
                      WebhookSubscriptions webhooks, OutboundWindow window, ReminderSettings settings, ObjectMapper json) {
        this.entityManager = entityManager;
        this.text = text;
        this.log = log;
        this.contacts = contacts;
        this.webhooks = webhooks;
        this.window = window;
        this.settings = settings;
        this.json = json;
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
        TrackedAssignment assignment = reminder.assignment;
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        ReminderText.Text inbox = text.inbox(reminder.kind, assignment, reminder.deadline, today);
        // the unique (source_event_id, unit_code) keeps one item per reminder even if this ran twice
        entityManager.createNativeQuery("""
                        insert into inbox_item (id, unit_code, kind, title, body, assignment_id, plan_id, source_event_id, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (source_event_id, unit_code) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, assignment.unitCode)
                .setParameter(3, reminder.kind.inboxKind().name()).setParameter(4, inbox.title())
                .setParameter(5, inbox.body()).setParameter(6, assignment.assignmentId).setParameter(7, assignment.planId)
                .setParameter(8, "reminder:" + reminder.id).setParameter(9, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        log.inboxDelivered(reminder.id, assignment.unitCode, inbox.title(), inbox.body(), now);

        Instant firstTry = window.nextOpen(now);
        ReminderText.Text mail = text.mail(reminder.kind, assignment, reminder.deadline, today);
        for (String address : mailRecipients(reminder.kind, assignment.unitCode)) {
            log.schedule(reminder.id, Channel.EMAIL, address, null, mail.title(), mail.body(), now, firstTry);
        }
        List<WebhookSubscription> receivers = webhooks.active();
        if (!receivers.isEmpty()) {
            String body = webhookBody(reminder, assignment, inbox, now);
            for (WebhookSubscription receiver : receivers) {
                log.schedule(reminder.id, Channel.WEBHOOK, "webhook " + receiver.name, receiver.id, inbox.title(), body,
                        now, firstTry);
            }
        }
        reminder.status = Reminder.Status.SENT;
        reminder.sentAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Officers get every reminder; an escalation goes to the unit's leaders and the supervisors instead. */
    private List<String> mailRecipients(ReminderKind kind, String unitCode) {
        Set<String> to = new LinkedHashSet<>();
        if (kind == ReminderKind.ESCALATION) {
            to.addAll(contacts.addresses(unitCode, UnitContacts.LEADER));
            settings.delivery().supervisorEmails().ifPresent(to::addAll);
        } else {
            to.addAll(contacts.addresses(unitCode, UnitContacts.OFFICER));
        }
        return new ArrayList<>(to);
    }

    private String webhookBody(Reminder reminder, TrackedAssignment a, ReminderText.Text inbox, Instant now) {
        try {
            return json.writeValueAsString(new WebhookPayload(WebhookPayload.TYPE, reminder.id, reminder.kind.name(),
                    a.assignmentId, a.planId, a.planTitle, a.measureNumber, a.measureTitle, a.unitCode, a.unitName,
                    reminder.deadline, inbox.title(), inbox.body(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the webhook body", e);
        }
    }
}
