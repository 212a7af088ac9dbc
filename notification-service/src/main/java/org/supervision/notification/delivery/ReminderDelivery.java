package org.supervision.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hibernate.Session;
import org.supervision.notification.contact.UnitContacts;
import org.supervision.notification.reminder.Reminder;
import org.supervision.notification.reminder.ReminderFacts;
import org.supervision.notification.reminder.ReminderKind;
import org.supervision.notification.reminder.ReminderSettings;
import org.supervision.notification.reminder.ReminderText;
import org.supervision.notification.webhook.WebhookSubscription;
import org.supervision.notification.webhook.WebhookSubscriptions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What one reminder or notice becomes on every channel: the inbox item, e-mails to the right
 * addresses (or, for a unit that asked for it, an item of its daily digest), and a signed webhook
 * per receiver, all added to a {@link DispatchedBatch}. The dispatcher composes a whole batch of
 * due reminders this way; {@link #deliver} sends one notice at once (review outcomes), in the
 * caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReminderDelivery {

    /** Who may be told, for the units of a batch: read once per batch, not per reminder. */
    public record Audience(Map<String, Map<String, List<String>>> addresses, Set<String> digestUnits,
                           List<WebhookSubscription> receivers) {
    }

    private final EntityManager entityManager;
    private final ReminderText text;
    private final ReminderFacts facts;
    private final UnitContacts contacts;
    private final WebhookSubscriptions webhooks;
    private final OutboundWindow window;
    private final ReminderSettings settings;
    private final ObjectMapper json;

    public ReminderDelivery(EntityManager entityManager, ReminderText text, ReminderFacts facts, UnitContacts contacts,
                            WebhookSubscriptions webhooks, OutboundWindow window, ReminderSettings settings, ObjectMapper json) {
        this.entityManager = entityManager;
        this.text = text;
        this.facts = facts;
        this.contacts = contacts;
        this.webhooks = webhooks;
        this.window = window;
        this.settings = settings;
        this.json = json;
    }

    public Audience audienceOf(Collection<String> unitCodes) {
        return new Audience(contacts.addressesOf(unitCodes), contacts.digestUnits(unitCodes), webhooks.active());
    }

    /** Sends one reminder (already written) at once: its inbox item, deliveries and SENT status, in this transaction. */
    public void deliver(Reminder reminder, Instant now) {
        DispatchedBatch batch = new DispatchedBatch(now);
        compose(reminder, now, window.nextOpen(now), audienceOf(Set.of(reminder.unitCodeOf())), batch);
        entityManager.flush(); // the batch's rows reference the reminder row
        entityManager.unwrap(Session.class).doWork(batch::write);
        reminder.status = Reminder.Status.SENT; // as the batch wrote it, so that the entity does not undo it
        reminder.sentAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Adds the reminder's inbox item, mails (or digest item) and webhooks to the batch, and marks it sent there. */
    void compose(Reminder reminder, Instant now, Instant firstTry, Audience audience, DispatchedBatch batch) {
        if (reminder.kind.toOffice()) {
            composeForOffice(reminder, now, firstTry, batch);
            return;
        }
        String unit = reminder.unitCodeOf();
        UUID plan = reminder.planIdOf();
        UUID assignment = reminder.assignment == null ? null : reminder.assignment.assignmentId;
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        ReminderText.Facts about = facts.of(reminder);
        ReminderText.Text inbox = text.inbox(reminder.kind, about, today);
        batch.inbox(reminder.id, unit, reminder.kind.inboxKind(), inbox.title(), inbox.body(), assignment, plan);

        List<String> mailTo = mailRecipients(reminder.kind, audience.addresses().getOrDefault(unit, Map.of()));
        if (!mailTo.isEmpty()) {
            ReminderText.Text mail = text.mail(reminder.kind, about, today, ReminderFacts.linkPath(reminder));
            if (reminder.kind != ReminderKind.ESCALATION && audience.digestUnits().contains(unit)) {
                batch.digest(reminder.id, unit, mail.title(), mail.body()); // in the unit's next daily digest instead
            } else {
                for (String address : mailTo) {
                    batch.outbound(reminder.id, Channel.EMAIL, address, null, mail.title(), mail.body(), firstTry);
                }
            }
        }
        if (!audience.receivers().isEmpty()) {
            String body = webhookBody(reminder, about, unit, plan, assignment, inbox, now);
            for (WebhookSubscription receiver : audience.receivers()) {
                batch.outbound(reminder.id, Channel.WEBHOOK, "webhook " + receiver.name, receiver.id, inbox.title(), body,
                        firstTry);
            }
        }
        batch.sent(reminder.id);
    }

    /**
     * What the supervision office is told: an item in the office's inbox and a mail to the supervisors; the unit
     * hears nothing of it (a re-inspection may be unannounced) and no webhook carries it.
     */
    private void composeForOffice(Reminder reminder, Instant now, Instant firstTry, DispatchedBatch batch) {
        UUID assignment = reminder.assignment == null ? null : reminder.assignment.assignmentId;
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        ReminderText.Facts about = facts.of(reminder);
        ReminderText.Text inbox = text.inbox(reminder.kind, about, today);
        batch.inbox(reminder.id, settings.officeInbox(), reminder.kind.inboxKind(), inbox.title(), inbox.body(), assignment,
                reminder.planIdOf());
        List<String> supervisors = settings.delivery().supervisorEmails().orElse(List.of());
        if (!supervisors.isEmpty()) {
            ReminderText.Text mail = text.mail(reminder.kind, about, today, ReminderFacts.linkPath(reminder));
            for (String address : supervisors) {
                batch.outbound(reminder.id, Channel.EMAIL, address, null, mail.title(), mail.body(), firstTry);
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

    private String webhookBody(Reminder reminder, ReminderText.Facts about, String unit, UUID plan, UUID assignment,
                               ReminderText.Text inbox, Instant now) {
        try {
            return json.writeValueAsString(new WebhookPayload(WebhookPayload.TYPE, reminder.id, reminder.kind.name(),
                    assignment, plan, about.planTitle(), about.measureNumber(), about.measureTitle(), unit, about.unitName(),
                    reminder.deadline, inbox.title(), inbox.body(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the webhook body", e);
        }
    }
}
