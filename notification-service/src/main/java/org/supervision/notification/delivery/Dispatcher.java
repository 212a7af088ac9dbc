package org.supervision.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hibernate.Session;
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
 * its inbox item and its delivery log rows, and is marked SENT before the commit (written as JDBC
 * batches, see {@link DispatchedBatch}). A crash before
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
            if (due.isEmpty()) {
                return 0;
            }
            // everything the batch needs, in three queries rather than several per reminder
            loadAssignments(due);
            Map<String, Map<String, List<String>>> addresses = contacts.addressesOf(
                    due.stream().map(r -> r.assignment.unitCode).collect(Collectors.toSet()));
            List<WebhookSubscription> receivers = webhooks.active();
            DispatchedBatch batch = new DispatchedBatch(now);
            Instant firstTry = window.nextOpen(now);
            for (Reminder reminder : due) {
                send(reminder, now, firstTry, addresses, receivers, batch);
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

    /** Puts the reminders' assignments into the persistence context, so that reading them costs no query each. */
    private void loadAssignments(List<Reminder> due) {
        List<UUID> reminderIds = due.stream().map(r -> r.id).toList();
        entityManager.createQuery("""
                        from TrackedAssignment where assignmentId in
                            (select r.assignment.assignmentId from Reminder r where r.id in :ids)""", TrackedAssignment.class)
                .setParameter("ids", reminderIds).getResultList();
    }

    private void send(Reminder reminder, Instant now, Instant firstTry, Map<String, Map<String, List<String>>> addresses,
                      List<WebhookSubscription> receivers, DispatchedBatch batch) {
        TrackedAssignment assignment = reminder.assignment;
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        ReminderText.Text inbox = text.inbox(reminder.kind, assignment, reminder.deadline, today);
        batch.inbox(reminder.id, assignment.unitCode, reminder.kind.inboxKind(), inbox.title(), inbox.body(),
                assignment.assignmentId, assignment.planId);
        List<String> mailTo = mailRecipients(reminder.kind, addresses.getOrDefault(assignment.unitCode, Map.of()));
        if (!mailTo.isEmpty()) {
            ReminderText.Text mail = text.mail(reminder.kind, assignment, reminder.deadline, today);
            for (String address : mailTo) {
                batch.outbound(reminder.id, Channel.EMAIL, address, null, mail.title(), mail.body(), firstTry);
            }
        }
        if (!receivers.isEmpty()) {
            String body = webhookBody(reminder, assignment, inbox, now);
            for (WebhookSubscription receiver : receivers) {
                batch.outbound(reminder.id, Channel.WEBHOOK, "webhook " + receiver.name, receiver.id, inbox.title(), body,
                        firstTry);
            }
        }
        batch.sent(reminder.id);
    }

    /** Officers get every reminder; an escalation goes to the unit's leaders and the supervisors instead. */
    private List<String> mailRecipients(ReminderKind kind, Map<String, List<String>> unitAddresses) {
        Set<String> to = new LinkedHashSet<>();
        if (kind == ReminderKind.ESCALATION) {
            to.addAll(unitAddresses.getOrDefault(UnitContacts.LEADER, List.of()));
            settings.delivery().supervisorEmails().ifPresent(to::addAll);
        } else {
            to.addAll(unitAddresses.getOrDefault(UnitContacts.OFFICER, List.of()));
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
