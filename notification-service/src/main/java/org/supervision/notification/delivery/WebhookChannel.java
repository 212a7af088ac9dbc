package org.supervision.notification.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.supervision.notification.reminder.ReminderSettings;
import org.supervision.notification.webhook.WebhookSignature;
import org.supervision.notification.webhook.WebhookSubscription;
import org.supervision.notification.webhook.WebhookSubscriptions;
import org.supervision.notification.webhook.WebhookUrlPolicy;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * POSTs a delivery's JSON, signed with the subscriber's secret; any answer but 2xx is a failure. A
 * URL the rules refuse now, or a redirect, fails for good (DEAD): retrying cannot make it safe. A
 * stopped webhook gets nothing more (CANCELLED).
 */
@ApplicationScoped
public class WebhookChannel {

    private final WebhookSubscriptions webhooks;
    private final ReminderSettings settings;
    private final WebhookUrlPolicy urls;
    private final HttpClient http;

    public WebhookChannel(WebhookSubscriptions webhooks, ReminderSettings settings, WebhookUrlPolicy urls) {
        this.webhooks = webhooks;
        this.settings = settings;
        this.urls = urls;
        // never follow a redirect: it could lead to an address the URL check would refuse
        this.http = HttpClient.newBuilder().connectTimeout(settings.delivery().webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public void send(Delivery delivery, Instant now) {
        // read again for every delivery: the webhook may have been stopped since this batch was claimed
        Optional<WebhookSubscription> stillActive = delivery.subscriptionId == null ? Optional.empty()
                : webhooks.receiving(delivery.subscriptionId);
        WebhookSubscription receiver = stillActive.orElseThrow(() -> new DeliveryCancelled(DeliveryLog.WEBHOOK_STOPPED));
        // again at every delivery: the name may resolve elsewhere now than when it was registered
        urls.check(receiver.url).ifPresent(refusal -> {
            throw new DeliveryFailure("refused by the webhook URL rules (" + refusal.rule() + "): " + refusal.message(), false);
        });
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.url))
                .timeout(settings.delivery().webhookTimeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(receiver.secret, timestamp, delivery.body))
                .header("X-Delivery-Id", delivery.id.toString())
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body, StandardCharsets.UTF_8))
                .build();
        try {
            post(request);
        } catch (DeliveryFailure failure) {
            if (failure.retryable() && webhooks.receiving(receiver.id).isEmpty()) {
                throw new DeliveryCancelled(DeliveryLog.WEBHOOK_STOPPED); // stopped while this try was under way: no next try
            }
            throw failure;
        }
    }

    private void post(HttpRequest request) {
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 3) {
                throw new DeliveryFailure("the receiver answered HTTP " + response.statusCode()
                        + " (a redirect); redirects are not followed", false);
            }
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailure("the receiver answered HTTP " + response.statusCode(), true);
            }
        } catch (IOException e) {
            throw new DeliveryFailure("cannot reach the receiver: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted while sending", true);
        }
    }
}
