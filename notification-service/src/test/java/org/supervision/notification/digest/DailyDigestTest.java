package org.supervision.notification.digest;

import static org.supervision.notification.testing.UnitEventFixtures.knownUnit;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.await;
import static org.supervision.notification.testing.TaskEventFixtures.issued;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.notification.calendar.WorkingDays;
import org.supervision.notification.contact.UnitContacts;
import org.supervision.notification.delivery.DeliveryLog;
import org.supervision.notification.delivery.Dispatcher;
import org.supervision.notification.delivery.OutboundSender;
import org.supervision.notification.delivery.OutboundWindow;
import org.supervision.notification.reminder.ReminderSettings;
import org.supervision.notification.reminder.ReminderText;
import org.supervision.notification.testing.SmtpTestResource;
import org.supervision.notification.testing.TestClock;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

/** A unit that asked for a digest gets one mail a day listing the day's items, through a real SMTP server, never two. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@QuarkusTestResource(SmtpTestResource.class)
class DailyDigestTest {

    static final Instant FRIDAY_MORNING = Instant.parse("2024-09-20T01:00:00Z");
    private static GreenMail smtp;
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject TestClock clock;
    @Inject Dispatcher dispatcher;
    @Inject OutboundSender sender;
    @Inject DailyDigest digest;
    @Inject EntityManager entityManager;
    @Inject UnitContacts contacts;
    @Inject DeliveryLog log;
    @Inject ReminderText text;
    @Inject OutboundWindow window;
    @Inject WorkingDays workingDays;
    @Inject ReminderSettings settings;

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
    void twoItemsMakeOneMailAndASecondRunOrARestartMakesNoSecond() throws Exception {
        String unit = "QZ-DIG-" + suffix();
        knownUnit(kafka, unit);
        String officer = "officer-" + unit.toLowerCase() + "@qinzhou.example";
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("officers", List.of(officer), "leaders", List.of(), "digest", true))
                .put("/api/v1/unit-contacts/" + unit).then().statusCode(200)
                .body("digest", org.hamcrest.Matchers.equalTo(true));
        UUID first = lateAssignment(unit, "3");
        UUID second = lateAssignment(unit, "5");
        drain(FRIDAY_MORNING);

        // the inbox is told at once, as always
        List<Map<String, Object>> inbox = given().auth().oauth2(TestTokens.unitOfficer(unit)).get("/api/v1/inbox").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'OVERDUE' }");
        assertEquals(2, inbox.size());
        assertTrue(mailsTo(officer).isEmpty(), "no mail per item");

        assertTrue(digest.composeDue(FRIDAY_MORNING) >= 1);
        drain(FRIDAY_MORNING);
        await("the digest", Duration.ofSeconds(20), () -> mailsTo(officer).size() == 1);
        MimeMessage mail = mailsTo(officer).get(0);
        assertEquals("督查督办每日汇总：市发展改革委（2024年9月20日）共2条", mail.getSubject());
        String body = (String) mail.getContent();
        assertTrue(body.startsWith("市发展改革委2024年9月20日的提醒和通知共2条："), body);
        assertTrue(body.contains("1. 逾期提醒：第") && body.contains("2. 逾期提醒：第"), body);
        assertTrue(body.contains("第3项措施") && body.contains("第5项措施"), body);
        assertTrue(body.contains("/assignments/" + first) && body.contains("/assignments/" + second), body);

        // the same run again, later that day, and a freshly started replica: no second mail
        assertEquals(0, digest.composeDue(FRIDAY_MORNING.plusSeconds(3600)));
        DailyDigest restarted = new DailyDigest(entityManager, contacts, log, text, window, workingDays, settings);
        assertEquals(0, restarted.composeDue(FRIDAY_MORNING.plusSeconds(7200)));
        drain(FRIDAY_MORNING.plusSeconds(7200));
        assertEquals(1, mailsTo(officer).size());

        // an item after today's digest waits: not on Saturday (a day off), in Monday's
        clock.set(FRIDAY_MORNING.plusSeconds(3 * 3600));
        lateAssignment(unit, "12");
        drain(FRIDAY_MORNING.plusSeconds(3 * 3600));
        Instant saturday = Instant.parse("2024-09-21T01:00:00Z");
        assertEquals(0, restarted.composeDue(saturday));
        Instant monday = Instant.parse("2024-09-23T01:00:00Z");
        clock.set(monday);
        drain(monday);
        assertTrue(restarted.composeDue(monday) >= 1);
        drain(monday);
        await("Monday's digest", Duration.ofSeconds(20), () -> mailsTo(officer).size() == 2);
        String monday1 = (String) mailsTo(officer).get(1).getContent();
        assertTrue(monday1.contains("第12项措施"), monday1);
        assertTrue(!monday1.contains("第3项措施") && !monday1.contains("第5项措施"), "Friday's items went out on Friday: " + monday1);
    }

    @Test
    void twoReplicasComposingAtTheSameMomentSendOneMail() throws Exception {
        String unit = "QZ-DIG2-" + suffix();
        knownUnit(kafka, unit);
        String officer = "officer-" + unit.toLowerCase() + "@qinzhou.example";
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("officers", List.of(officer), "leaders", List.of(), "digest", true))
                .put("/api/v1/unit-contacts/" + unit).then().statusCode(200);
        lateAssignment(unit, "3");
        lateAssignment(unit, "5");
        drain(FRIDAY_MORNING);

        DailyDigest first = new DailyDigest(entityManager, contacts, log, text, window, workingDays, settings);
        DailyDigest second = new DailyDigest(entityManager, contacts, log, text, window, workingDays, settings);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
            for (DailyDigest replica : List.of(first, second)) {
                runs.add(threads.submit(() -> {
                    start.await();
                    return replica.composeDue(FRIDAY_MORNING.plusSeconds(30));
                }));
            }
            start.countDown();
            runs.get(0).get();
            runs.get(1).get();
        } finally {
            threads.shutdownNow();
        }
        drain(FRIDAY_MORNING.plusSeconds(30));
        await("the digest", Duration.ofSeconds(20), () -> mailsTo(officer).size() == 1);
        assertEquals("督查督办每日汇总：市发展改革委（2024年9月20日）共2条", subject(mailsTo(officer).get(0)));
        drain(FRIDAY_MORNING.plusSeconds(60));
        assertEquals(1, mailsTo(officer).size());
    }

    @Test
    void withoutADigestEachItemIsItsOwnMail() {
        String unit = "QZ-NODIG-" + suffix();
        knownUnit(kafka, unit);
        String officer = "officer-" + unit.toLowerCase() + "@qinzhou.example";
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("officers", List.of(officer), "leaders", List.of(), "digest", false))
                .put("/api/v1/unit-contacts/" + unit).then().statusCode(200);
        lateAssignment(unit, "3");
        lateAssignment(unit, "5");
        drain(FRIDAY_MORNING);
        digest.composeDue(FRIDAY_MORNING);
        drain(FRIDAY_MORNING);
        await("two mails", Duration.ofSeconds(20), () -> mailsTo(officer).size() == 2);
        assertTrue(mailsTo(officer).stream().allMatch(m -> subject(m).startsWith("逾期提醒")));
    }

    private UUID lateAssignment(String unit, String measure) {
        UUID assignment = UUID.randomUUID();
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(),
                issued(UUID.randomUUID().toString(), assignment, UUID.randomUUID(), unit, measure, LocalDate.of(2024, 9, 10)));
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

    private static List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                for (Address recipient : message.getAllRecipients()) {
                    if (recipient.toString().equals(address)) {
                        to.add(message);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return to;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
