package org.supervision.notification.delivery;

import static org.supervision.notification.testing.UnitEventFixtures.knownUnit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.await;
import static org.supervision.notification.testing.TaskEventFixtures.issued;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.notification.testing.SmtpTestResource;
import org.supervision.notification.testing.TestClock;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

/** Reminders reach a real SMTP server and a real webhook receiver; failures are retried, then dead. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@QuarkusTestResource(SmtpTestResource.class)
class EmailAndWebhookTest {

    static final Instant FRIDAY_MORNING = Instant.parse("2024-09-20T01:00:00Z");
    private static GreenMail smtp;

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject TestClock clock;
    @Inject Dispatcher dispatcher;
    @Inject OutboundSender sender;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getProperty(SmtpTestResource.PORT_PROPERTY)),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @BeforeEach
    void friday() {
        clock.set(FRIDAY_MORNING);
    }

    @Test
    void aUnitsOfficersGetTheReminderAndItsLeadersAndTheSupervisorsTheEscalationInChinese() throws Exception {
        String unit = "QZ-MAIL-" + suffix();
        knownUnit(kafka, unit);
        String officer = "officer-" + unit.toLowerCase() + "@qinzhou.example";
        String leader = "leader-" + unit.toLowerCase() + "@qinzhou.example";
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("officers", List.of("not-an-address"), "leaders", List.of()))
                .put("/api/v1/unit-contacts/" + unit).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("officers[0]")).body("errors.rule", hasItem("email"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("officers", List.of(officer), "leaders", List.of(leader)))
                .put("/api/v1/unit-contacts/" + unit).then().statusCode(200).body("officers", equalTo(List.of(officer)));

        UUID assignment = lateAssignment(unit);
        drain(FRIDAY_MORNING);

        await("three mails", Duration.ofSeconds(20), () -> mailsTo(officer).size() == 1 && mailsTo(leader).size() == 1
                && mailsTo("duban@qinzhou.example").stream().anyMatch(m -> subject(m).contains("逾期升级督办")));
        MimeMessage overdue = mailsTo(officer).get(0);
        assertEquals("逾期提醒：第3项 提升企业开办便利度", overdue.getSubject());
        String text = (String) overdue.getContent();
        assertTrue(text.contains("完成时限为2024年9月10日，已逾期7个工作日"), text);
        assertTrue(text.contains("/assignments/" + assignment), text);
        assertTrue(text.contains("本邮件由督查督办系统自动发送"), text);
        assertEquals("逾期升级督办：第3项 提升企业开办便利度", mailsTo(leader).get(0).getSubject());
    }

    @Test
    void onAWeekendTheInboxIsToldAtOnceAndTheMailWaitsForMondayMorning() throws Exception {
        Instant saturday = Instant.parse("2024-09-21T02:00:00Z");
        clock.set(saturday);
        String unit = "QZ-WKND-" + suffix();
        knownUnit(kafka, unit);
        String officer = "officer-" + unit.toLowerCase() + "@qinzhou.example";
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("officers", List.of(officer), "leaders", List.of()))
                .put("/api/v1/unit-contacts/" + unit).then().statusCode(200);
        UUID assignment = lateAssignment(unit);
        drain(saturday);

        given().auth().oauth2(TestTokens.unitOfficer(unit)).get("/api/v1/inbox").then().statusCode(200)
                .body("find { it.kind == 'OVERDUE' }.assignmentId", equalTo(assignment.toString()));
        Map<String, Object> mail = deliveries(assignment, "EMAIL").get(0);
        assertEquals("PENDING", mail.get("status"));
        assertEquals("2024-09-23T00:00:00Z", mail.get("nextTryAt"), "Monday 08:00 in Beijing");
        assertEquals(0, mailsTo(officer).size());

        drain(Instant.parse("2024-09-23T00:00:00Z"));
        await("the Monday mail", Duration.ofSeconds(20), () -> mailsTo(officer).size() == 1);
        assertEquals("SENT", deliveries(assignment, "EMAIL").get(0).get("status"));
    }

    @Test
    void aWebhookReceivesEachReminderSignedWithItsSecret() throws Exception {
        Receiver receiver = Receiver.start(200);
        String name = "短信平台-" + suffix();
        Map<String, Object> created = given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "url", receiver.url())).post("/api/v1/webhooks")
                .then().statusCode(201).body("secret", notNullValue()).extract().jsonPath().getMap("$");
        String id = (String) created.get("id");
        String secret = (String) created.get("secret");
        try {
            given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/webhooks").then().statusCode(200)
                    .body("find { it.id == '%s' }.name".formatted(id), equalTo(name))
                    .body("find { it.id == '%s' }.secret".formatted(id), nullValue());
            given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).contentType(ContentType.JSON)
                    .body(Map.of("name", "x", "url", receiver.url())).post("/api/v1/webhooks").then().statusCode(403);
            given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                    .body(Map.of("name", "x", "url", "ftp://example.org/in")).post("/api/v1/webhooks")
                    .then().statusCode(400).body("errors.field", hasItem("url")).body("errors.rule", hasItem("pattern"));

            UUID assignment = lateAssignment("QZ-HOOK-" + suffix());
            drain(FRIDAY_MORNING);

            await("two signed POSTs", Duration.ofSeconds(20),
                    () -> receiver.requests.stream().filter(r -> r.body.contains(assignment.toString())).count() == 2);
            for (Request request : receiver.requests.stream().filter(r -> r.body.contains(assignment.toString())).toList()) {
                assertEquals("sha256=" + hmac(secret, request.timestamp + "." + request.body), request.signature);
                assertTrue(request.body.contains("\"type\":\"supervision.reminder.v1\""), request.body);
            }
            assertTrue(deliveries(assignment, "WEBHOOK").stream().allMatch(d -> "SENT".equals(d.get("status"))));
        } finally {
            given().auth().oauth2(TestTokens.supervisor()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
            receiver.stop();
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffThenDeadAndAnOperatorResendsIt() throws Exception {
        Receiver receiver = Receiver.start(500);
        String name = "failing-" + suffix();
        String id = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "url", receiver.url(), "secret", "a-shared-secret-of-the-test"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath().getString("id");
        try {
            UUID assignment = lateAssignment("QZ-FAIL-" + suffix());
            drain(FRIDAY_MORNING);
            Map<String, Object> first = deliveries(assignment, "WEBHOOK").get(0);
            assertEquals("FAILED", first.get("status"));
            assertEquals(1, first.get("attempts"));
            assertEquals("2024-09-20T01:01:00Z", first.get("nextTryAt"), "first backoff: one minute");

            Instant now = FRIDAY_MORNING;
            for (int hour = 1; hour <= 5; hour++) {
                drain(now = FRIDAY_MORNING.plus(Duration.ofHours(hour)));
            }
            String deliveryId = (String) first.get("id");
            Map<String, Object> dead = given().auth().oauth2(TestTokens.supervisor()).queryParam("status", "DEAD")
                    .queryParam("size", 500).get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath()
                    .getMap("find { it.id == '%s' }".formatted(deliveryId));
            assertEquals(3, dead.get("attempts"), "max-attempts in tests is 3");
            assertEquals("the receiver answered HTTP 500", dead.get("lastError"));
            assertEquals(3, receiver.requests.stream().filter(r -> r.id.equals(deliveryId)).count());
            given().auth().oauth2(TestTokens.supervisor()).queryParam("status", "FAILED").queryParam("size", 500)
                    .get("/api/v1/deliveries").then().statusCode(200).body("id", not(hasItem(deliveryId)));

            receiver.status.set(200);
            given().auth().oauth2(TestTokens.supervisor()).post("/api/v1/deliveries/" + deliveryId + "/resend")
                    .then().statusCode(200).body("status", equalTo("PENDING"));
            drain(now.plusSeconds(1));
            assertEquals("SENT", deliveries(assignment, "WEBHOOK").stream().filter(d -> d.get("id").equals(deliveryId))
                    .findFirst().orElseThrow().get("status"));
            given().auth().oauth2(TestTokens.supervisor()).post("/api/v1/deliveries/" + deliveryId + "/resend")
                    .then().statusCode(409).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).queryParam("status", "DEAD")
                    .get("/api/v1/deliveries").then().statusCode(403);
        } finally {
            given().auth().oauth2(TestTokens.supervisor()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
            receiver.stop();
        }
    }

    @Test
    void aStoppedWebhooksOwedDeliveriesAreCancelledAndItsReceiverGetsNothingMore() throws Exception {
        Receiver receiver = Receiver.start(500);
        String id = register(receiver, "stopped-" + suffix());
        try {
            UUID retrying = lateAssignment("QZ-STOP-" + suffix());
            drain(FRIDAY_MORNING); // tried once: FAILED, to be tried again
            UUID waiting = lateAssignment("QZ-STOP-" + suffix());
            while (dispatcher.dispatchDue(FRIDAY_MORNING, 50) > 0) {
                // composed, not tried yet: PENDING
            }
            List<Map<String, Object>> owed = new ArrayList<>(deliveries(retrying, "WEBHOOK"));
            assertEquals(List.of("FAILED", "FAILED"), owed.stream().map(d -> d.get("status")).toList());
            List<Map<String, Object>> pending = deliveries(waiting, "WEBHOOK");
            assertEquals(List.of("PENDING", "PENDING"), pending.stream().map(d -> d.get("status")).toList());
            owed.addAll(pending);
            int heard = receiver.requests.size();

            given().auth().oauth2(TestTokens.supervisor()).delete("/api/v1/webhooks/" + id).then().statusCode(204);

            List<Map<String, Object>> after = new ArrayList<>(deliveries(retrying, "WEBHOOK"));
            after.addAll(deliveries(waiting, "WEBHOOK"));
            assertEquals(4, after.size());
            for (Map<String, Object> delivery : after) {
                assertEquals("CANCELLED", delivery.get("status"), delivery.toString());
                assertEquals("webhook stopped", delivery.get("cancelReason"), delivery.toString());
                assertEquals(null, delivery.get("nextTryAt"), delivery.toString());
            }
            List<String> cancelled = given().auth().oauth2(TestTokens.supervisor()).queryParam("status", "CANCELLED")
                    .queryParam("size", 500).get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath().getList("id");
            assertTrue(cancelled.containsAll(owed.stream().map(d -> d.get("id")).toList()), cancelled.toString());

            receiver.status.set(200);
            drain(FRIDAY_MORNING.plus(Duration.ofHours(2)));
            drain(Instant.parse("2024-09-23T02:00:00Z"));
            assertEquals(heard, receiver.requests.size(), "the stopped webhook's receiver heard nothing more");
            given().auth().oauth2(TestTokens.supervisor()).post("/api/v1/deliveries/" + owed.get(0).get("id") + "/resend")
                    .then().statusCode(409).contentType("application/problem+json");
        } finally {
            given().auth().oauth2(TestTokens.supervisor()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
            receiver.stop();
        }
    }

    /**
     * The sender claimed a batch, and the webhook is stopped while the first of them is on its way: that
     * one was under way before the stop, the others are cancelled instead of sent. The stop does not wait
     * for the sender's batch. What other tests left due is sent first: the sender claims the oldest due
     * deliveries of the whole database, and this test's two must be in the one batch it claims.
     */
    @Test
    void aDeliveryClaimedBeforeTheStopIsCancelledInsteadOfSent() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Receiver receiver = Receiver.start(200);
        receiver.onRequest = () -> {
            arrived.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        drain(FRIDAY_MORNING);
        String id = register(receiver, "in-flight-" + suffix());
        CompletableFuture<Integer> sending = null;
        try {
            UUID assignment = lateAssignment("QZ-INFL-" + suffix());
            while (dispatcher.dispatchDue(FRIDAY_MORNING, 50) > 0) {
                // the overdue reminder and the escalation: two webhook deliveries, due now
            }
            sending = CompletableFuture.supplyAsync(() -> sender.sendDue(FRIDAY_MORNING));
            assertTrue(arrived.await(20, TimeUnit.SECONDS), "the first delivery reached the receiver");

            given().auth().oauth2(TestTokens.supervisor()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
            release.countDown();
            sending.get(30, TimeUnit.SECONDS);

            List<Map<String, Object>> deliveries = deliveries(assignment, "WEBHOOK");
            assertEquals(List.of("CANCELLED", "SENT"), deliveries.stream().map(d -> (String) d.get("status")).sorted().toList());
            assertEquals(1, receiver.requests.size(), "only the delivery under way when the webhook was stopped");
            assertEquals("webhook stopped", deliveries.stream().filter(d -> "CANCELLED".equals(d.get("status")))
                    .findFirst().orElseThrow().get("cancelReason"));
        } finally {
            release.countDown();
            if (sending != null) {
                sending.get(30, TimeUnit.SECONDS);
            }
            given().auth().oauth2(TestTokens.supervisor()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
            receiver.stop();
        }
    }

    // ---------------------------------------------------------------------------------------------

    private UUID lateAssignment(String unit) {
        UUID assignment = UUID.randomUUID();
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(),
                issued(UUID.randomUUID().toString(), assignment, UUID.randomUUID(), unit, LocalDate.of(2024, 9, 10)));
        await("the schedule of " + assignment, Duration.ofSeconds(20), () -> given().auth().oauth2(TestTokens.supervisor())
                .queryParam("assignmentId", assignment).get("/api/v1/reminders").then().extract().jsonPath()
                .getList("$").size() == 3);
        return assignment;
    }

    private static String register(Receiver receiver, String name) {
        return given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "url", receiver.url(), "secret", "a-shared-secret-of-the-test"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath().getString("id");
    }

    /** What every replica's job does at {@code now}: send due reminders, then try due deliveries. */
    private void drain(Instant now) {
        while (dispatcher.dispatchDue(now, 50) > 0) {
            // next batch
        }
        while (sender.sendDue(now) > 0) {
            // next batch
        }
    }

    private static List<Map<String, Object>> deliveries(UUID assignment, String channel) {
        List<Map<String, Object>> result = new ArrayList<>();
        List<String> reminders = given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", assignment)
                .get("/api/v1/reminders").then().statusCode(200).extract().jsonPath().getList("findAll { it.status == 'SENT' }.id");
        for (String reminder : reminders) {
            List<Map<String, Object>> of = given().auth().oauth2(TestTokens.supervisor())
                    .get("/api/v1/deliveries/by-reminder/" + reminder).then().statusCode(200).extract().jsonPath().getList("$");
            of.stream().filter(d -> channel.equals(d.get("channel"))).forEach(result::add);
        }
        return result;
    }

    private static List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                for (Address recipient : message.getAllRecipients()) {
                    if (recipient.toString().equals(address)) {
                        to.add(message);
                    }
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return to;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The receiver's side of the signature, written here independently of the service's code. */
    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    record Request(String id, String timestamp, String signature, String body) {
    }

    /** A real HTTP server that records what it receives and answers with a chosen status. */
    static final class Receiver {
        final Queue<Request> requests = new ConcurrentLinkedQueue<>();
        final AtomicInteger status;
        /** Runs before the answer (a test may hold a request there); nothing by default. */
        volatile Runnable onRequest = () -> { };
        private final HttpServer server;

        private Receiver(HttpServer server, int status) {
            this.server = server;
            this.status = new AtomicInteger(status);
        }

        static Receiver start(int status) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            Receiver receiver = new Receiver(server, status);
            server.createContext("/hook", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    receiver.requests.add(new Request(exchange.getRequestHeaders().getFirst("X-Delivery-Id"),
                            exchange.getRequestHeaders().getFirst("X-Timestamp"),
                            exchange.getRequestHeaders().getFirst("X-Signature"), body));
                }
                receiver.onRequest.run();
                exchange.sendResponseHeaders(receiver.status.get(), -1);
                try (OutputStream ignored = exchange.getResponseBody()) {
                    // no body
                }
            });
            server.start();
            return receiver;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void stop() {
            server.stop(0);
        }
    }
}
