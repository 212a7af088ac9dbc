package org.supervision.notification.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.supervision.notification.calendar.WorkingDays;
import org.supervision.notification.contact.UnitContacts;
import org.supervision.notification.delivery.DeliveryLog;
import org.supervision.notification.delivery.OutboundWindow;
import org.supervision.notification.reminder.ReminderSettings;
import org.supervision.notification.reminder.ReminderText;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * Composes each digest unit's one mail of the day: on working days, from the reminders' send time
 * on, every held item goes into one mail to the unit's officers (through the delivery log, like any
 * mail). The digest row's unique (unit, day) is claimed in the transaction that takes the items and
 * writes the mail, so a second run, a second replica or a restart that day composes nothing more;
 * a crash before the commit leaves the items held for the next run.
 *
 * <p>It waits (at most {@code digest.wait-for-dispatch}) while reminders due by the send time are
 * still pending, so that the day's reminders are in the day's digest rather than the next one.
 */
@ApplicationScoped
public class DailyDigest {

    private final EntityManager entityManager;
    private final UnitContacts contacts;
    private final DeliveryLog log;
    private final ReminderText text;
    private final OutboundWindow window;
    private final WorkingDays workingDays;
    private final ReminderSettings settings;

    public DailyDigest(EntityManager entityManager, UnitContacts contacts, DeliveryLog log, ReminderText text,
                       OutboundWindow window, WorkingDays workingDays, ReminderSettings settings) {
        this.entityManager = entityManager;
        this.contacts = contacts;
        this.log = log;
        this.text = text;
        this.window = window;
        this.workingDays = workingDays;
        this.settings = settings;
    }

    /** Composes the digests due at {@code now}; returns how many it composed (0 also when it is not yet time). */
    public int composeDue(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, settings.zone());
        Instant sendAt = day.atTime(settings.sendAt()).atZone(settings.zone()).toInstant();
        if (!workingDays.isWorkingDay(day) || now.isBefore(sendAt)) {
            return 0; // a day off's items go into the next working day's digest
        }
        if (now.isBefore(sendAt.plus(settings.digest().waitForDispatch())) && dispatchBehind(sendAt)) {
            return 0;
        }
        int composed = 0;
        for (String unit : waitingUnits(now)) {
            if (QuarkusTransaction.requiringNew().call(() -> compose(unit, day, now))) {
                composed++;
            }
        }
        return composed;
    }

    private boolean dispatchBehind(Instant sendAt) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(
                        "select 1 from reminder where status = 'PENDING' and due_at <= ?1 limit 1")
                .setParameter(1, sendAt.atOffset(ZoneOffset.UTC)).getResultList().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private List<String> waitingUnits(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select distinct unit_code from digest_item where digest_id is null and created_at <= ?1 order by unit_code")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).getResultList());
    }

    private boolean compose(String unit, LocalDate day, Instant now) {
        UUID digest = UUID.randomUUID();
        // a concurrent replica waits on this row's key and then finds it taken: one digest per unit and day
        int claimed = entityManager.createNativeQuery("""
                        insert into mail_digest (id, unit_code, day, items, created_at) values (?1, ?2, ?3, 0, ?4)
                        on conflict (unit_code, day) do nothing""")
                .setParameter(1, digest).setParameter(2, unit).setParameter(3, day)
                .setParameter(4, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        if (claimed == 0) {
            return false; // today's is out: what came since waits for tomorrow's
        }
        @SuppressWarnings("unchecked")
        List<Tuple> items = entityManager.createNativeQuery("""
                        update digest_item set digest_id = ?1
                        where unit_code = ?2 and digest_id is null and created_at <= ?3
                        returning subject, body, created_at, id""", Tuple.class)
                .setParameter(1, digest).setParameter(2, unit).setParameter(3, now.atOffset(ZoneOffset.UTC)).getResultList();
        entityManager.createNativeQuery("update mail_digest set items = ?1 where id = ?2")
                .setParameter(1, items.size()).setParameter(2, digest).executeUpdate();
        if (items.isEmpty()) {
            return false;
        }
        List<ReminderText.Text> texts = items.stream()
                .sorted((a, b) -> String.valueOf(a.get(2)).compareTo(String.valueOf(b.get(2))))
                .map(t -> new ReminderText.Text((String) t.get(0), (String) t.get(1))).toList();
        ReminderText.Text mail = text.digest(unitName(unit), day, texts);
        Instant firstTry = window.nextOpen(now);
        for (String address : contacts.addresses(unit, UnitContacts.OFFICER)) {
            log.scheduleDigest(digest, address, mail.title(), mail.body(), now, firstTry);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private String unitName(String unit) {
        List<Object> names = entityManager.createNativeQuery("""
                        select unit_name from tracked_assignment where unit_code = ?1 and unit_name is not null
                        order by updated_at desc limit 1""").setParameter(1, unit).getResultList();
        return names.isEmpty() ? unit : String.valueOf(names.get(0));
    }
}
