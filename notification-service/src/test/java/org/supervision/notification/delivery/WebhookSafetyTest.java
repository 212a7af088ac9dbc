package org.supervision.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.await;
import static org.supervision.notification.testing.TaskEventFixtures.issued;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.notification.testing.TestClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Webhooks cannot be aimed at internal addresses: refused at registration (400 naming the url and
 * the rule), refused again at delivery (the name may point elsewhere by then), and never redirected.
 * Tests allow http and localhost/127.0.0.1 only (application.properties, %test).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class WebhookSafetyTest {

    static final Instant FRIDAY_MORNING = Instant.parse("2024-09-20T01:00:00Z");
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject TestClock clock;
    @Inject Dispatcher dispatcher;
    @Inject OutboundSender sender;
    @Inject EntityManager entityManager;

    @BeforeEach
    void friday() {
        clock.set(FRIDAY_MORNING);
    }

    @Test
    void internalAddressesAreRefusedAtRegistrationWithTheFieldAndTheRule() {
        for (String url : List.of("https://169.254.169.254/latest/meta-data/iam/security-credentials",
                "https://10.0.0.1/hook", "https://172.20.1.1/hook", "https://192.168.1.1/hook", "http://[::1]:8080/hook",
                "https://[fd12::1]/hook", "https://224.0.0.251/hook", "http://0.0.0.0:8083/api/v1/deliveries",
                "http://127.0.0.2:8083/hook")) {
            given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                    .body(Map.of("name", "probe", "url", url)).post("/api/v1/webhooks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url")).body("errors[0].rule", equalTo("public-address"))
                    .body("errors[0].message", startsWith("host "));
        }
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("name", "probe", "url", "https://user:secret@127.0.0.1/hook")).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].rule", equalTo("no-credentials"));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/webhooks").then().statusCode(200)
                .body("findAll { it.name == 'probe' }.size()", equalTo(0));
    }

    @Test
    void anIntegrationSeesAndStopsOnlyTheWebhooksItRegistered() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID office = subscription("office-" + suffix, "supervisor");
        UUID own = subscription("own-" + suffix, "service-account-demo-integration");
        try {
            given().auth().oauth2(TestTokens.integration()).get("/api/v1/webhooks").then().statusCode(200)
                    .body("id", hasItem(own.toString())).body("id", not(hasItem(office.toString())))
                    .body("createdBy", everyItem(equalTo("service-account-demo-integration")));
            given().auth().oauth2(TestTokens.integration()).delete("/api/v1/webhooks/" + office).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/webhooks").then().statusCode(200)
                    .body("find { it.id == '%s' }.active".formatted(office), equalTo(true))
                    .body("id", hasItem(own.toString()));
            given().auth().oauth2(TestTokens.integration()).delete("/api/v1/webhooks/" + own).then().statusCode(204);
            given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/webhooks").then().statusCode(200)
                    .body("find { it.id == '%s' }.active".formatted(own), equalTo(false));
        } finally {
            given().auth().oauth2(TestTokens.supervisor()).delete("/api/v1/webhooks/" + office).then().statusCode(204);
            given().auth().oauth2(TestTokens.supervisor()).delete("/api/v1/webhooks/" + own).then().statusCode(204);
        }
    }

    /** A receiver as registration stores it, by whoever registered it. */
    private UUID subscription(String name, String createdBy) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into webhook_subscription (id, name, url, secret, active, created_at, created_by)
                        values (?1, ?2, 'https://receiver.example.org/hook', 'a-shared-secret-of-the-test', true, ?3, ?4)""")
                .setParameter(1, id).setParameter(2, name).setParameter(3, FRIDAY_MORNING.atOffset(ZoneOffset.UTC))
                .setParameter(4, createdBy).executeUpdate());
        return id;
    }

    @Test
    void aReceiverThatHasBecomeInternalIsRefusedAtDeliveryAndNotRetried() {
        // a subscription whose name now resolves inside: written as it was stored before (DNS changed since)
        UUID id = UUID.randomUUID();
        String name = "rebound-" + id.toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into webhook_subscription (id, name, url, secret, active, created_at, created_by)
                        values (?1, ?2, 'http://10.255.255.1/hook', 'a-shared-secret-of-the-test', true, ?3, 'test')""")
                .setParameter(1, id).setParameter(2, name).setParameter(3, FRIDAY_MORNING.atOffset(ZoneOffset.UTC)).executeUpdate());
        try {
            UUID assignment = lateAssignment("QZ-REBIND-" + id.toString().substring(0, 6).toUpperCase());
            drain(FRIDAY_MORNING);
            List<Map<String, Object>> deliveries = webhookDeliveries(assignment, "webhook " + name);
            assertEquals(2, deliveries.size(), "the overdue reminder and the escalation");
            for (Map<String, Object> delivery : deliveries) {
                assertEquals("DEAD", delivery.get("status"), "not retried: " + delivery);
                assertEquals(1, delivery.get("attempts"));
                assertTrue(((String) delivery.get("lastError")).contains("public-address"), (String) delivery.get("lastError"));
            }
        } finally {
            given().auth().oauth2(TestTokens.supervisor()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }

    @Test
    void aRedirectIsNotFollowedAndTheDeliveryIsDead() throws Exception {
        EmailAndWebhookTest.Receiver receiver = EmailAndWebhookTest.Receiver.start(302);
        String name = "redirecting-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "url", receiver.url(), "secret", "a-shared-secret-of-the-test"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath().getString("id");
        try {
            UUID assignment = lateAssignment("QZ-REDIR-" + id.substring(0, 6).toUpperCase());
            drain(FRIDAY_MORNING);
            for (int hour = 1; hour <= 3; hour++) {
                drain(FRIDAY_MORNING.plus(Duration.ofHours(hour)));
            }
            List<Map<String, Object>> deliveries = webhookDeliveries(assignment, "webhook " + name);
            assertEquals(2, deliveries.size());
            assertTrue(deliveries.stream().allMatch(d -> "DEAD".equals(d.get("status")) && Integer.valueOf(1).equals(d.get("attempts"))),
                    deliveries.toString());
            assertTrue(((String) deliveries.get(0).get("lastError")).contains("redirect"), deliveries.toString());
            assertEquals(2, receiver.requests.stream().filter(r -> r.body().contains(assignment.toString())).count(),
                    "one request per delivery, none after the redirect");
        } finally {
            given().auth().oauth2(TestTokens.supervisor()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
            receiver.stop();
        }
    }

    private UUID lateAssignment(String unit) {
        UUID assignment = UUID.randomUUID();
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(),
                issued(UUID.randomUUID().toString(), assignment, UUID.randomUUID(), unit, LocalDate.of(2024, 9, 10)));
        await("the schedule of " + assignment, Duration.ofSeconds(20), () -> given().auth().oauth2(TestTokens.supervisor())
                .queryParam("assignmentId", assignment).get("/api/v1/reminders").then().extract().jsonPath()
                .getList("$").size() == 3);
        return assignment;
    }

    private void drain(Instant now) {
        while (dispatcher.dispatchDue(now, 50) > 0) {
            // next batch
        }
        while (sender.sendDue(now) > 0) {
            // next batch
        }
    }

    private static List<Map<String, Object>> webhookDeliveries(UUID assignment, String recipient) {
        List<String> reminders = given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", assignment)
                .get("/api/v1/reminders").then().statusCode(200).extract().jsonPath().getList("findAll { it.status == 'SENT' }.id");
        return reminders.stream().flatMap(r -> given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/deliveries/by-reminder/" + r)
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$").stream())
                .filter(d -> "WEBHOOK".equals(d.get("channel")) && recipient.equals(d.get("recipient"))).toList();
    }
}
