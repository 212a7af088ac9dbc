package org.supervision.notification.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A subscription; {@code secret} is only in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(UUID id, String name, String url, boolean active, OffsetDateTime createdAt, String createdBy,
                          String secret) {

    static WebhookView of(WebhookSubscription s, boolean withSecret) {
        return new WebhookView(s.id, s.name, s.url, s.active, s.createdAt, s.createdBy, withSecret ? s.secret : null);
    }

    @Override
    public String toString() {
        return "WebhookView[" + id + " " + name + "]";
    }
}
