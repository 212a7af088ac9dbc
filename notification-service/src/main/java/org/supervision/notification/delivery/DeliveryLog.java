package org.supervision.notification.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.supervision.notification.webhook.WebhookStopped;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Writes and reads the delivery log; every call joins the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeliveryLog {

    /** The reason of a delivery cancelled because its webhook was stopped. */
    public static final String WEBHOOK_STOPPED = "webhook stopped";
    private static final int MAX_ERROR = 1900;
    private final EntityManager entityManager;

    public DeliveryLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A unit's daily digest mail to one address, tried at {@code firstTry}. */
    public void scheduleDigest(UUID digestId, String address, String subject, String body, Instant now, Instant firstTry) {
        Delivery delivery = create(null, Channel.EMAIL, address, null, subject, body, now);
        delivery.digestId = digestId;
        delivery.nextTryAt = firstTry.atOffset(ZoneOffset.UTC);
        entityManager.persist(delivery);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delivery> ofDigest(UUID digestId) {
        return entityManager.createQuery("from Delivery where digestId = ?1 order by recipient", Delivery.class)
                .setParameter(1, digestId).getResultList();
    }

    /**
     * Claims due outbound deliveries; rows another replica holds are skipped, so a delivery is tried
     * by one sender at a time. The lock lasts until the caller's transaction ends.
     */
    @SuppressWarnings("unchecked")
    public List<Delivery> claimDue(Instant now, int limit) {
        return entityManager.createNativeQuery("""
                        select * from delivery
                        where status in ('PENDING', 'FAILED') and next_try_at <= ?1 and channel <> 'INBOX'
                        order by next_try_at limit ?2
                        for update skip locked""", Delivery.class)
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, limit).getResultList();
    }

    public void sent(Delivery delivery, Instant now) {
        delivery.attempts++;
        delivery.status = DeliveryStatus.SENT;
        delivery.nextTryAt = null;
        delivery.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** A failed attempt: tried again at {@code nextTry}, or DEAD when {@code nextTry} is null. */
    public void failed(Delivery delivery, String error, Instant now, Instant nextTry) {
        delivery.attempts++;
        delivery.lastError = error == null ? "(no message)" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        delivery.status = nextTry == null ? DeliveryStatus.DEAD : DeliveryStatus.FAILED;
        delivery.nextTryAt = nextTry == null ? null : nextTry.atOffset(ZoneOffset.UTC);
        delivery.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** A delivery that must not go out any more: CANCELLED with the reason, never tried again. */
    public void cancelled(Delivery delivery, String reason, Instant now) {
        delivery.status = DeliveryStatus.CANCELLED;
        delivery.cancelReason = reason;
        delivery.nextTryAt = null;
        delivery.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /**
     * In the stop's transaction: what is still owed to the webhook (PENDING, or FAILED and waiting for its
     * next try) is CANCELLED, "webhook stopped". Rows a sender holds right now are skipped rather than
     * waited for: the sender looks at the webhook again before each send and cancels them itself.
     */
    void cancelOwedToStoppedWebhook(@Observes WebhookStopped stopped) {
        entityManager.createNativeQuery("""
                        update delivery set status = 'CANCELLED', cancel_reason = ?2, next_try_at = null, updated_at = ?3
                        where id in (select id from delivery
                                     where subscription_id = ?1 and status in ('PENDING', 'FAILED')
                                     for update skip locked)""")
                .setParameter(1, stopped.subscriptionId()).setParameter(2, WEBHOOK_STOPPED)
                .setParameter(3, stopped.at().atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delivery> withStatus(DeliveryStatus status, int page, int size) {
        return entityManager.createQuery("from Delivery where status = ?1 order by updatedAt desc, id", Delivery.class)
                .setParameter(1, status).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delivery> ofReminder(UUID reminderId) {
        return entityManager.createQuery("from Delivery where reminderId = ?1 order by channel, recipient", Delivery.class)
                .setParameter(1, reminderId).getResultList();
    }

    /** Locks the row, so a resend and a sender never work on it at once. */
    public Delivery lock(UUID id) {
        return entityManager.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static Delivery create(UUID reminderId, Channel channel, String recipient, UUID subscriptionId,
                                   String subject, String body, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.reminderId = reminderId;
        delivery.channel = channel;
        delivery.recipient = recipient;
        delivery.subscriptionId = subscriptionId;
        delivery.subject = subject;
        delivery.body = body;
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        delivery.createdAt = at;
        delivery.updatedAt = at;
        return delivery;
    }
}
