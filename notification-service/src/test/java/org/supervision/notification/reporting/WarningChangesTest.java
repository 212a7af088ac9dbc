package org.supervision.notification.reporting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.await;
import static org.supervision.notification.testing.TaskEventFixtures.changed;
import static org.supervision.notification.testing.TaskEventFixtures.cycleChanged;
import static org.supervision.notification.testing.TaskEventFixtures.issued;
import static org.supervision.notification.testing.TaskEventFixtures.warningChanged;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.notification.delivery.Dispatcher;
import org.supervision.notification.testing.TestClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** What the warning sweep's events change: a missing report is told once that day; RED never doubles an overdue reminder. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class WarningChangesTest {

    static final Instant FRIDAY_MORNING = Instant.parse("2024-09-20T01:00:00Z");
    /** 00:10 in China: when the first sweep of a day finds what went missing yesterday. */
    static final Instant FRIDAY_AFTER_MIDNIGHT = Instant.parse("2024-09-19T16:10:00Z");
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject TestClock clock;
    @Inject Dispatcher dispatcher;
    @Inject EntityManager entityManager;

    @BeforeEach
    void friday() {
        clock.set(FRIDAY_AFTER_MIDNIGHT);
    }

    @Test
    void aReportGoingMissingIsToldOnceThatDayForAllTheUnitsAssignmentsInThePlan() {
        String unit = "QZ-MISS-" + suffix();
        UUID plan = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        UUID fifth = UUID.randomUUID();
        send(third, issued(UUID.randomUUID().toString(), third, plan, unit, "3", LocalDate.of(2024, 12, 31)));
        send(fifth, issued(UUID.randomUUID().toString(), fifth, plan, unit, "5", LocalDate.of(2024, 12, 31)));
        kafka.sendCloudEvent(TASK_TOPIC, plan.toString(), cycleChanged(UUID.randomUUID().toString(), plan, "SET", "MONTHLY", 5, 0));
        await("the cycle", Duration.ofSeconds(20), () -> !ReportingRemindersTest.pending(plan, unit).isEmpty());

        String first = warningChanged(UUID.randomUUID().toString(), third, plan, unit, "3", "GREEN", "YELLOW", true, false,
                LocalDate.of(2024, 12, 31));
        send(third, first);
        send(third, first); // redelivered
        send(fifth, warningChanged(UUID.randomUUID().toString(), fifth, plan, unit, "5", "GREEN", "YELLOW", true, false,
                LocalDate.of(2024, 12, 31)));
        await("the report-missing notice", Duration.ofSeconds(20), () -> missing(plan, unit).size() == 1);
        // due at 09:00 that day, for the cycle's last due date (9-05); one for both assignments
        assertEquals(List.of("REPORT_MISSING 2024-09-20T01:00:00Z 2024-09-05 PENDING"), missing(plan, unit));

        clock.set(FRIDAY_MORNING);
        while (dispatcher.dispatchDue(FRIDAY_MORNING, 100) > 0) {
            // everything due by then
        }
        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.unitOfficer(unit)).queryParam("size", 200)
                .get("/api/v1/inbox").then().statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'REPORT_MISSING' }");
        assertEquals(1, items.size(), items.toString());
        assertEquals("报送缺失：《钦州市优化营商环境实施方案》", items.get(0).get("title"));
        assertEquals("《钦州市优化营商环境实施方案》要求每月报送工作进展。市发展改革委第3、5项措施（共2项任务）未在报送时限"
                + "2024年9月5日前报送进展，请立即补报。", items.get(0).get("body"));
        // another unit does not see it
        given().auth().oauth2(TestTokens.unitOfficer("QZ-OTHER-" + suffix())).post("/api/v1/inbox/" + items.get(0).get("id") + "/read")
                .then().statusCode(404);
    }

    @Test
    void aReportThatArrivesBeforeTheNoticeIsSentCancelsIt() {
        String unit = "QZ-LATEREP-" + suffix();
        UUID plan = UUID.randomUUID();
        UUID assignment = UUID.randomUUID();
        send(assignment, issued(UUID.randomUUID().toString(), assignment, plan, unit, LocalDate.of(2024, 12, 31)));
        send(assignment, warningChanged(UUID.randomUUID().toString(), assignment, plan, unit, "3", "GREEN", "YELLOW", true,
                false, LocalDate.of(2024, 12, 31)));
        await("the report-missing notice", Duration.ofSeconds(20), () -> missing(plan, unit).size() == 1);
        send(assignment, changed(UUID.randomUUID().toString(), assignment, plan, unit, "REPORT", "IN_PROGRESS", "IN_PROGRESS",
                LocalDate.of(2024, 12, 31), null, null, null));
        await("cancellation", Duration.ofSeconds(20), () -> missing(plan, unit).equals(
                List.of("REPORT_MISSING 2024-09-20T01:00:00Z null CANCELLED")));
    }

    @Test
    void turningRedAddsNothingWhenTheScheduleHasItsOverdueReminders() {
        clock.set(FRIDAY_MORNING);
        String unit = "QZ-RED-" + suffix();
        UUID plan = UUID.randomUUID();
        UUID assignment = UUID.randomUUID();
        send(assignment, issued(UUID.randomUUID().toString(), assignment, plan, unit, LocalDate.of(2024, 9, 10)));
        await("the late schedule", Duration.ofSeconds(20), () -> schedule(assignment).size() == 3);
        List<String> before = schedule(assignment);
        String red = UUID.randomUUID().toString();
        send(assignment, warningChanged(red, assignment, plan, unit, "3", "YELLOW", "RED", false, false, LocalDate.of(2024, 9, 10)));
        awaitProcessed(red);
        assertEquals(before, schedule(assignment));
    }

    @Test
    void turningRedWithoutAScheduleHereComputesItWithOneOverdueReminderAtOnce() {
        clock.set(FRIDAY_MORNING);
        String unit = "QZ-REDNEW-" + suffix();
        UUID plan = UUID.randomUUID();
        UUID assignment = UUID.randomUUID(); // its issued event never reached this service
        String red = warningChanged(UUID.randomUUID().toString(), assignment, plan, unit, "7", "YELLOW", "RED", false, false,
                LocalDate.of(2024, 9, 10));
        send(assignment, red);
        send(assignment, red);
        await("the schedule", Duration.ofSeconds(20), () -> !schedule(assignment).isEmpty());
        String second = UUID.randomUUID().toString(); // a later sweep's RED again (e.g. after a YELLOW in between)
        send(assignment, warningChanged(second, assignment, plan, unit, "7", "YELLOW", "RED", false, false, LocalDate.of(2024, 9, 10)));
        awaitProcessed(second);
        assertEquals(List.of("ESCALATION 2024-09-20T01:00:00Z PENDING", "OVERDUE 2024-09-20T01:00:00Z PENDING",
                "OVERDUE 2024-09-24T01:00:00Z PENDING"), schedule(assignment));
        while (dispatcher.dispatchDue(FRIDAY_MORNING, 100) > 0) {
            // everything due by then
        }
        List<Map<String, Object>> overdue = given().auth().oauth2(TestTokens.unitOfficer(unit)).get("/api/v1/inbox").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'OVERDUE' }");
        assertEquals(1, overdue.size());
        assertTrue(((String) overdue.get(0).get("title")).startsWith("逾期提醒：第7项"), (String) overdue.get(0).get("title"));
    }

    private void send(UUID key, String event) {
        kafka.sendCloudEvent(TASK_TOPIC, key.toString(), event);
    }

    private void awaitProcessed(String eventId) {
        await("event " + eventId, Duration.ofSeconds(20), () -> QuarkusTransaction.requiringNew().call(() ->
                !entityManager.createNativeQuery("select id from processed_event where id = ?1").setParameter(1, eventId)
                        .getResultList().isEmpty()));
    }

    private static List<String> missing(UUID plan, String unit) {
        return ReportingRemindersTest.summary(plan, unit).stream().filter(s -> s.startsWith("REPORT_MISSING")).toList();
    }

    private static List<String> schedule(UUID assignment) {
        List<Map<String, Object>> rows = given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", assignment)
                .get("/api/v1/reminders").then().statusCode(200).extract().jsonPath().getList("$");
        return rows.stream().map(r -> r.get("kind") + " " + r.get("dueAt") + " " + r.get("status")).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
