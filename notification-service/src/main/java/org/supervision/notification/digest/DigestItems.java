package org.supervision.notification.digest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.supervision.notification.reminder.ReminderText;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Holds an officer mail for its unit's next daily digest, in the sender's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DigestItems {

    private final EntityManager entityManager;

    public DigestItems(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Once per reminder and unit, however often this runs. */
    public void hold(UUID reminderId, String unitCode, ReminderText.Text mail, Instant now) {
        entityManager.createNativeQuery("""
                        insert into digest_item (id, unit_code, reminder_id, subject, body, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (reminder_id, unit_code) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, unitCode).setParameter(3, reminderId)
                .setParameter(4, mail.title()).setParameter(5, mail.body()).setParameter(6, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
