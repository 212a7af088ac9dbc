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
import org.supervision.notification.digest.DigestItems;
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
 * Sends one reminder or notice on every channel, in the caller's transaction: the inbox item at
 * once, e-mails (or the unit's digest) and webhooks into the delivery log for OutboundSender, and
 * the reminder marked SENT. The dispatcher calls it for due reminders; event consumers call it for
 * notices that are told at once (review outcomes).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReminderDelivery {

    private final EntityManager entityManager;
    private final ReminderText text;
    private final ReminderFacts facts;
    private final DeliveryLog log;
    private final UnitContacts contacts;
    private final DigestItems digests;
    private final WebhookSubscriptions webhooks;
    private final OutboundWindow window;
    private final ReminderSettings settings;
    private final ObjectMapper json;

    public ReminderDelivery(EntityManager entityManager, ReminderText text, ReminderFacts facts, DeliveryLog log,
                            UnitContacts contacts, DigestItems digests, WebhookSubscriptions webhooks, OutboundWindow window,
                            ReminderSettings settings, ObjectMapper json) {
        this.entityManager = entityManager;
        this.text = text;
        this.facts = facts;
        this.log = log;
        this.contacts = contacts;
        this.digests = digests;
        this.webhooks = webhooks;
        this.window = window;
        this.settings = settings;
        this.json = json;
    }

    public void deliver(Reminder reminder, Instant now) {
        String unit = reminder.unitCodeOf();
        UUID plan = reminder.planIdOf();
        UUID assignment = reminder.assignment == null ? null : reminder.assignment.assignmentId;
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        ReminderText.Facts about = facts.of(reminder);
        ReminderText.Text inbox = text.inbox(reminder.kind, about, today);
        // the unique (source_event_id, unit_code) keeps one item per reminder even if this ran twice
        entityManager.createNativeQuery("""
                        insert into inbox_item (id, unit_code, kind, title, body, assignment_id, plan_id, source_event_id, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (source_event_id, unit_code) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, unit)
                .setParameter(3, reminder.kind.inboxKind().name()).setParameter(4, inbox.title())
                .setParameter(5, inbox.body()).setParameter(6, assignment).setParameter(7, plan)
                .setParameter(8, "reminder:" + reminder.id).setParameter(9, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        log.inboxDelivered(reminder.id, unit, inbox.title(), inbox.body(), now);

        Instant firstTry = window.nextOpen(now);
        ReminderText.Text mail = text.mail(reminder.kind, about, today, ReminderFacts.linkPath(reminder));
        List<String> to = mailRecipients(reminder.kind, unit);
        if (reminder.kind != ReminderKind.ESCALATION && !to.isEmpty() && contacts.digest(unit)) {
            digests.hold(reminder.id, unit, mail, now); // in the unit's next daily digest instead
        } else {
            for (String address : to) {
                log.schedule(reminder.id, Channel.EMAIL, address, null, mail.title(), mail.body(), now, firstTry);
            }
        }
        List<WebhookSubscription> receivers = webhooks.active();
        if (!receivers.isEmpty()) {
            String body = webhookBody(reminder, about, unit, plan, assignment, inbox, now);
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
