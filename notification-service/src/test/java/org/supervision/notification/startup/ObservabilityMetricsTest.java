package org.supervision.notification.startup;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.notification.delivery.Channel;
import org.supervision.notification.delivery.DeliveryStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The operators' metrics (README "Observability") are on the management port, with sensible values. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class ObservabilityMetricsTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Inject EntityManager entityManager;

    @Test
    void deadDeliveriesPerChannelAreWhatTheDeliveryLogHolds() throws Exception {
        // counted every second in tests (supervision.deliveries.dead-count-every)
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            String text = given().when().get(metrics).then().statusCode(200).extract().asString();
            for (Channel channel : Channel.values()) {
                long dead = QuarkusTransaction.requiringNew().call(() -> entityManager
                        .createQuery("select count(d) from Delivery d where d.status = :dead and d.channel = :channel", Long.class)
                        .setParameter("dead", DeliveryStatus.DEAD).setParameter("channel", channel).getSingleResult());
                assertEquals(dead, labelled(text, "supervision_deliveries_dead", "channel=\"" + channel + "\""), channel.name());
            }
        });
    }

    @Test
    void reminderLatenessAndDeadLettersAreThereFromTheStart() {
        String text = given().when().get(metrics).then().statusCode(200).extract().asString();
        assertTrue(sample(text, "supervision_reminder_lateness_seconds_count") >= 0);
        assertTrue(sample(text, "supervision_reminder_lateness_seconds_max") >= 0);
        assertTrue(text.contains("supervision_reminder_lateness_seconds_bucket{"), "a histogram, for quantiles across replicas");
        for (String channel : new String[] {"task-events", "unit-events", "calendar-events"}) {
            // registered with the channel: there before the first dead letter (other test classes may have sent some)
            assertTrue(labelled(text, "supervision_inbox_dead_letters_total", "channel=\"" + channel + "\"") >= 0, channel);
        }
    }

    static double sample(String text, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + "(\\{[^}]*\\})? ([-0-9.Ee+]+|NaN)( #.*)?$").matcher(text);
        assertTrue(line.find(), () -> series + " is not on /q/metrics: "
                + text.lines().filter(l -> l.startsWith("supervision_")).toList());
        return Double.parseDouble(line.group(2));
    }

    static double labelled(String text, String name, String label) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(label) + "[^}]*\\} ([-0-9.Ee+]+)( #.*)?$")
                .matcher(text);
        assertTrue(line.find(), () -> name + " with " + label + " is not on /q/metrics: "
                + text.lines().filter(l -> l.startsWith("supervision_")).toList());
        return Double.parseDouble(line.group(1));
    }
}
