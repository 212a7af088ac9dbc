package org.supervision.notification.webhook;

import java.time.Instant;
import java.util.UUID;

/** Fired in the transaction that stops a webhook, so that what is still owed to it is cancelled with it. */
public record WebhookStopped(UUID subscriptionId, Instant at) {
}
