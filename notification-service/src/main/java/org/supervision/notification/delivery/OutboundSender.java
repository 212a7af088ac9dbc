package org.supervision.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.supervision.notification.reminder.ReminderSettings;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tries due e-mail and webhook deliveries. A batch is claimed with row locks held while sending,
 * so two replicas never try one delivery at once; a failure is retried with exponential backoff
 * (first-backoff, doubled each time, then moved out of quiet hours) and DEAD after max-attempts.
 * A crash between the send and the commit can repeat that one send: outbound channels are
 * at-least-once, and receivers see the same {@code reminderId} / X-Delivery-Id. A webhook delivery
 * whose webhook was stopped, also one claimed before the stop, is CANCELLED instead of sent.
 */
@ApplicationScoped
public class OutboundSender {

    /** Small: the row locks are held while the batch goes out. */
    static final int BATCH = 10;

    private final DeliveryLog log;
    private final EmailChannel email;
    private final WebhookChannel webhook;
    private final OutboundWindow window;
    private final ReminderSettings settings;

    public OutboundSender(DeliveryLog log, EmailChannel email, WebhookChannel webhook, OutboundWindow window,
                          ReminderSettings settings) {
        this.log = log;
        this.email = email;
        this.webhook = webhook;
        this.window = window;
        this.settings = settings;
    }

    /** Tries one batch of deliveries due at {@code now}; returns how many were tried. */
    public int sendDue(Instant now) {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            List<Delivery> due = log.claimDue(now, BATCH);
            for (Delivery delivery : due) {
                attempt(delivery, now);
            }
            return due.size();
        });
    }

    private void attempt(Delivery delivery, Instant now) {
        try {
            switch (delivery.channel) {
                case EMAIL -> email.send(delivery);
                case WEBHOOK -> webhook.send(delivery, now);
                case INBOX -> throw new DeliveryFailure("inbox items are written by the dispatcher", false);
            }
            log.sent(delivery, now);
        } catch (DeliveryCancelled e) {
            log.cancelled(delivery, e.getMessage(), now);
            Log.infof("%s delivery %s to %s cancelled: %s", delivery.channel, delivery.id, delivery.recipient, e.getMessage());
        } catch (RuntimeException e) {
            boolean retryable = !(e instanceof DeliveryFailure failure) || failure.retryable();
            int attempt = delivery.attempts + 1;
            Instant next = retryable && attempt < settings.delivery().maxAttempts() ? window.nextOpen(now.plus(backoff(attempt))) : null;
            String error = e instanceof DeliveryFailure ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            log.failed(delivery, error, now, next);
            // the recipient and the error, never the body nor a secret
            Log.warnf("%s delivery %s to %s failed (attempt %d): %s%s", delivery.channel, delivery.id, delivery.recipient,
                    attempt, error, next == null ? "; DEAD" : "; next try " + next);
        }
    }

    private Duration backoff(int attempt) {
        return settings.delivery().firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
    }
}
