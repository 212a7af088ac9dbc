package org.supervision.notification.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A system that receives every reminder as a signed JSON POST. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String url;

    /** Signs each delivery; never logged, never returned after creation. */
    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Override
    public String toString() {
        return "WebhookSubscription[" + id + " " + name + "]"; // never the secret, nor the URL (it may hold a token)
    }
}
