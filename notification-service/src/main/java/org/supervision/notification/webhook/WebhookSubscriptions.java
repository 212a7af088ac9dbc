package org.supervision.notification.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.supervision.notification.api.Problem;
import org.supervision.notification.api.ProblemException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class WebhookSubscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final EntityManager entityManager;
    private final WebhookUrlPolicy urls;
    private final Clock clock;

    public WebhookSubscriptions(EntityManager entityManager, WebhookUrlPolicy urls, Clock clock) {
        this.entityManager = entityManager;
        this.urls = urls;
        this.clock = clock;
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
     * Deliveries still owed to it fail as DEAD at their next try.
     *
     * @param owner who must have registered it, or null for any subscription; another's is not found (404)
     */
    @Transactional
    public void deactivate(UUID id, String owner) {
        owned(id, owner).active = false;
    }

    private WebhookSubscription owned(UUID id, String owner) {
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, id);
        if (subscription == null || (owner != null && !owner.equals(subscription.createdBy))) {
            throw ProblemException.notFound("webhook " + id);
        }
        return subscription;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<WebhookSubscription> active() {
        return entityManager.createQuery("from WebhookSubscription where active = true order by id", WebhookSubscription.class)
                .getResultList();
    }

    private static String generatedSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
