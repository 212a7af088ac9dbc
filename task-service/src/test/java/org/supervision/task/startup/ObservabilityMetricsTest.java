package org.supervision.task.startup;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The operators' metrics (README "Observability") are on the management port, with sensible values. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class ObservabilityMetricsTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Inject EntityManager entityManager;

    @Test
    void theOutboxBacklogItsOldestAgeAndParkedEventsAreWhatTheOutboxHolds() throws Exception {
        // measured at every sweep of the relay (every 2 s); once the relay has sent what it can, the outbox holds
        // still (other test classes leave parked events, and the events of their aggregates behind them)
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String text = given().when().get(metrics).then().statusCode(200).extract().asString();
            Object[] outbox = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                    "select count(e), min(e.createdAt), sum(case when e.parkedAt is null then 0 else 1 end) from OutboxEvent e",
                    Object[].class).getSingleResult());
            long events = ((Number) outbox[0]).longValue();
            assertEquals(events, sample(text, "supervision_outbox_backlog_events"), "the backlog is what the outbox holds");
            assertEquals(outbox[2] == null ? 0 : ((Number) outbox[2]).longValue(), sample(text, "supervision_outbox_parked_events"));
            double age = sample(text, "supervision_outbox_oldest_age_seconds");
            if (events == 0) {
                assertEquals(0, age, "an empty outbox has no age");
            } else {
                double oldest = Duration.between((java.time.OffsetDateTime) outbox[1], java.time.OffsetDateTime.now()).toMillis() / 1000.0;
                assertTrue(Math.abs(oldest - age) < 10, "the oldest event's age: " + age + " s, the outbox says " + oldest + " s");
            }
        });
    }

    @Test
    void aDeadLetteredEventIsCountedForItsChannel() throws Exception {
        String before = given().when().get(metrics).then().statusCode(200).extract().asString();
        double planEvents = labelled(before, "supervision_inbox_dead_letters_total", "channel=\"plan-events\"");
        double unitEvents = labelled(before, "supervision_inbox_dead_letters_total", "channel=\"unit-events\"");
        KafkaTestClient.ofPlatform().sendRaw("supervision.plan.v1", "metrics-test", "this is no CloudEvent");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> assertEquals(planEvents + 1,
                labelled(given().when().get(metrics).then().statusCode(200).extract().asString(),
                        "supervision_inbox_dead_letters_total", "channel=\"plan-events\"")));
        String text = given().when().get(metrics).then().statusCode(200).extract().asString();
        assertEquals(unitEvents, labelled(text, "supervision_inbox_dead_letters_total", "channel=\"unit-events\""),
                "only the channel that dead-lettered it counts it");
    }

    /** The value of the first sample (an exemplar after it, "# {trace_id=…}", aside) of {@code series} (a name with its labels' start), failing when there is none. */
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
