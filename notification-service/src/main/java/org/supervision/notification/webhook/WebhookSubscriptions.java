package org.supervision.notification.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class WebhookSubscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final EntityManager entityManager;
    private final WebhookUrlPolicy urls;
    private final Clock clock;
    private final Event<WebhookStopped> stopped;

    public WebhookSubscriptions(EntityManager entityManager, WebhookUrlPolicy urls, Clock clock, Event<WebhookStopped> stopped) {
        this.entityManager = entityManager;
        this.urls = urls;
        this.clock = clock;
        this.stopped = stopped;
    }

    /** 400 naming the url and the rule when it may not receive webhooks (WebhookUrlPolicy). */
    @Transactional
    public WebhookView register(WebhookRequest request, String by) {
        urls.check(request.url()).ifPresent(refusal -> {
            throw new ProblemException(Problem.badRequest("The url may not receive webhooks: " + refusal.message() + ".",
                    List.of(new Problem.Violation("url", refusal.rule(), refusal.message()))));
        });
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.name = request.name().strip();
        subscription.url = request.url().strip();
        subscription.secret = request.secret() != null ? request.secret() : generatedSecret();
        subscription.active = true;
        subscription.createdAt = OffsetDateTime.now(clock);
        subscription.createdBy = by;
        entityManager.persist(subscription);
        return WebhookView.of(subscription, true);
    }

    /** @param owner who registered them, or null for every subscription */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookView> list(String owner) {
        var query = owner == null
                ? entityManager.createQuery("from WebhookSubscription order by createdAt, id", WebhookSubscription.class)
                : entityManager.createQuery("from WebhookSubscription where createdBy = ?1 order by createdAt, id",
                        WebhookSubscription.class).setParameter(1, owner);
        return query.getResultList().stream().map(s -> WebhookView.of(s, false)).toList();
    }

    /** @param owner who must have registered it, or null for any subscription; another's is not found (404) */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookView get(UUID id, String owner) {
        return WebhookView.of(owned(id, owner), false);
    }

    /**
     * Stops sending to it: the deliveries still owed to it are CANCELLED ("webhook stopped") in the same
     * transaction, and a sender that claimed one before the stop cancels it instead of sending it. Waits
     * for dispatcher batches that are composing deliveries for it (see {@link #active()}), so none is
     * left PENDING behind the stop. Stopping a stopped webhook changes nothing.
     *
     * @param owner who must have registered it, or null for any subscription; another's is not found (404)
     */
    @Transactional
    public void deactivate(UUID id, String owner) {
        WebhookSubscription subscription = owned(id, owner);
        subscription.active = false;
        entityManager.flush(); // takes the row lock before the owed deliveries are cancelled
        stopped.fire(new WebhookStopped(id, clock.instant()));
    }

    private WebhookSubscription owned(UUID id, String owner) {
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, id);
        if (subscription == null || (owner != null && !owner.equals(subscription.createdBy))) {
            throw ProblemException.notFound("webhook " + id);
        }
        return subscription;
    }

    /**
     * The receivers of the reminders being dispatched, share-locked until the dispatcher's transaction
     * ends: a stop waits for it (a batch takes well under a second), so the deliveries it writes are
     * committed before the stop cancels what is owed, and a batch after the stop does not see the receiver.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<WebhookSubscription> active() {
        return entityManager.createQuery("from WebhookSubscription where active = true order by id", WebhookSubscription.class)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList();
    }

    /**
     * The receiver a delivery may go to now, as committed at this moment rather than as this
     * transaction first read it: empty once it is stopped (its URL and secret never change).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WebhookSubscription> receiving(UUID id) {
        List<?> active = entityManager.createNativeQuery("select active from webhook_subscription where id = ?1")
                .setParameter(1, id).getResultList();
        if (active.isEmpty() || !Boolean.TRUE.equals(active.get(0))) {
            return Optional.empty();
        }
        return Optional.ofNullable(entityManager.find(WebhookSubscription.class, id));
    }

    private static String generatedSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
