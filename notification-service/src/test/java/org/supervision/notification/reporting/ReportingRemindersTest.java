package org.supervision.notification.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.await;
import static org.supervision.notification.testing.TaskEventFixtures.changed;
import static org.supervision.notification.testing.TaskEventFixtures.cycleChanged;
import static org.supervision.notification.testing.TaskEventFixtures.issued;

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
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Reporting-cycle reminders: one per plan, unit and due date (not one per assignment), before the
 * due date and on it, following the cycle and the policy, cancelled when nothing is left to report.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class ReportingRemindersTest {

    static final Instant FRIDAY_MORNING = Instant.parse("2024-09-20T01:00:00Z");
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject TestClock clock;
    @Inject Dispatcher dispatcher;
    @Inject ReportingTopUp topUp;
    @Inject EntityManager entityManager;

    @BeforeEach
    void friday() {
        clock.set(FRIDAY_MORNING);
    }

    @Test
    void aUnitWithManyAssignmentsInAPlanGetsOneReminderPerDueDateAndOnlyIfThePlanHasACycle() {
        String unit = "QZ-RPT-" + suffix();
        String other = "QZ-RPO-" + suffix();
        UUID plan = UUID.randomUUID();
        UUID planWithoutCycle = UUID.randomUUID();
        for (String measure : List.of("3", "5", "12")) {
            UUID assignment = UUID.randomUUID();
            send(assignment, issued(UUID.randomUUID().toString(), assignment, plan, unit, measure, LocalDate.of(2024, 12, 31)));
        }
        UUID otherAssignment = UUID.randomUUID();
        send(otherAssignment, issued(UUID.randomUUID().toString(), otherAssignment, plan, other, LocalDate.of(2024, 12, 31)));
        UUID elsewhere = UUID.randomUUID();
        send(elsewhere, issued(UUID.randomUUID().toString(), elsewhere, planWithoutCycle, unit, LocalDate.of(2024, 12, 31)));

        String monthly = cycleChanged(UUID.randomUUID().toString(), plan, "SET", "MONTHLY", 5, 0);
        kafka.sendCloudEvent(TASK_TOPIC, plan.toString(), monthly);
        // the 5th of October is in the National Day break: due on 10-08; 3 working days before it is 9-27
        List<String> expected = List.of("REPORT_DUE_SOON 2024-09-27T01:00:00Z 2024-10-08 PENDING",
                "REPORT_DUE_TODAY 2024-10-08T01:00:00Z 2024-10-08 PENDING",
                "REPORT_DUE_SOON 2024-10-31T01:00:00Z 2024-11-05 PENDING",
                "REPORT_DUE_TODAY 2024-11-05T01:00:00Z 2024-11-05 PENDING");
        await("reporting reminders of " + unit, Duration.ofSeconds(20), () -> summary(plan, unit).size() == 4);
        assertEquals(expected, summary(plan, unit), "one row per due date, not one per assignment");
        await("reporting reminders of " + other, Duration.ofSeconds(20), () -> summary(plan, other).size() == 4);

        // redelivered, another assignment for the unit, and the top-up: nothing more
        kafka.sendCloudEvent(TASK_TOPIC, plan.toString(), monthly);
        UUID fourth = UUID.randomUUID();
        String fourthIssued = UUID.randomUUID().toString();
        send(fourth, issued(fourthIssued, fourth, plan, unit, "14", LocalDate.of(2024, 12, 31)));
        awaitProcessed(fourthIssued);
        topUp.run();
        assertEquals(expected, summary(plan, unit));
        assertTrue(summary(planWithoutCycle, unit).isEmpty(), "a plan without a cycle has no reporting reminders");

        Instant reminderDay = Instant.parse("2024-09-27T01:00:00Z");
        clock.set(reminderDay);
        while (dispatcher.dispatchDue(reminderDay, 100) > 0) {
            // everything due by then
        }
        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.unitOfficer(unit)).queryParam("size", 200)
                .get("/api/v1/inbox").then().statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'REPORT_REMINDER' }");
        assertEquals(1, items.size(), "one reminder for the unit's four assignments: " + items);
        assertEquals("报送提醒：《钦州市优化营商环境实施方案》", items.get(0).get("title"));
        assertEquals("《钦州市优化营商环境实施方案》要求每月报送工作进展。市发展改革委本期报送时限为2024年10月8日，"
                + "距报送时限还有3个工作日，请及时报送4项任务的进展。", items.get(0).get("body"));
        assertEquals(plan.toString(), items.get(0).get("planId"));
        given().auth().oauth2(TestTokens.unitOfficer(other)).queryParam("size", 200).get("/api/v1/inbox").then()
                .statusCode(200).body("unitCode", everyItem(equalTo(other)));

        // the cycle is removed: what is pending is cancelled, what was sent stays
        kafka.sendCloudEvent(TASK_TOPIC, plan.toString(), cycleChanged(UUID.randomUUID().toString(), plan, "REMOVED", null, null, 1));
        await("cancellation", Duration.ofSeconds(20), () -> summary(plan, other).stream().noneMatch(s -> s.endsWith("PENDING")));
        assertEquals(List.of("REPORT_DUE_SOON 2024-09-27T01:00:00Z 2024-10-08 SENT",
                "REPORT_DUE_TODAY 2024-10-08T01:00:00Z 2024-10-08 CANCELLED",
                "REPORT_DUE_SOON 2024-10-31T01:00:00Z 2024-11-05 CANCELLED",
                "REPORT_DUE_TODAY 2024-11-05T01:00:00Z 2024-11-05 CANCELLED"), summary(plan, unit));
    }

    @Test
    void aCycleChangeAndAPolicyRecomputeAndAUnitWithNothingLeftToReportIsNotReminded() {
        String unit = "QZ-RPC-" + suffix();
        UUID plan = UUID.randomUUID();
        UUID assignment = UUID.randomUUID();
        send(assignment, issued(UUID.randomUUID().toString(), assignment, plan, unit, LocalDate.of(2024, 12, 31)));
        kafka.sendCloudEvent(TASK_TOPIC, plan.toString(), cycleChanged(UUID.randomUUID().toString(), plan, "SET", "MONTHLY", 5, 0));
        await("monthly reminders", Duration.ofSeconds(20), () -> pending(plan, unit).size() == 4);

        // weekly on Mondays: 9-23 (3 working days before it has passed), 9-30, 10-08 (the 7th is a holiday), ...
        kafka.sendCloudEvent(TASK_TOPIC, plan.toString(), cycleChanged(UUID.randomUUID().toString(), plan, "SET", "WEEKLY", 1, 1));
        await("weekly reminders", Duration.ofSeconds(20), () -> pending(plan, unit).contains("REPORT_DUE_TODAY 2024-09-23T01:00:00Z 2024-09-23 PENDING"));
        List<String> weekly = pending(plan, unit);
        assertTrue(weekly.stream().noneMatch(s -> s.contains("2024-11-05")), "the monthly due date is gone: " + weekly);
        assertTrue(weekly.contains("REPORT_DUE_SOON 2024-09-26T01:00:00Z 2024-09-30 PENDING"), weekly.toString());
        assertTrue(weekly.contains("REPORT_DUE_TODAY 2024-10-08T01:00:00Z 2024-10-08 PENDING"), weekly.toString());
        // the monthly setting again, but older than the weekly one (version 0): ignored
        String stale = UUID.randomUUID().toString();
        kafka.sendCloudEvent(TASK_TOPIC, plan.toString(), cycleChanged(stale, plan, "SET", "MONTHLY", 5, 0));
        awaitProcessed(stale);
        assertEquals(weekly, pending(plan, unit));

        // no reminder before the due date, only on the day
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("""
                        {"beforeWorkingDays": [7, 3, 1], "onTheDay": true, "overdueEveryWorkingDays": 2,
                         "overdueMaxReminders": 5, "escalateAfterWorkingDays": 5, "reportWorkingDaysBefore": 0}""")
                .put("/api/v1/reminder-policies/" + plan).then().statusCode(200)
                .body("policy.reportWorkingDaysBefore", equalTo(0)).body("policy.reportOnTheDay", equalTo(true));
        assertTrue(pending(plan, unit).stream().allMatch(s -> s.startsWith("REPORT_DUE_TODAY")), pending(plan, unit).toString());
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("""
                        {"beforeWorkingDays": [7], "onTheDay": true, "overdueEveryWorkingDays": 2,
                         "overdueMaxReminders": 5, "escalateAfterWorkingDays": 5, "reportWorkingDaysBefore": 21}""")
                .put("/api/v1/reminder-policies/" + plan).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reportWorkingDaysBefore")).body("errors[0].rule", equalTo("max"));

        // asking for completion: the unit does not report on it any more
        send(assignment, changed(UUID.randomUUID().toString(), assignment, plan, unit, "REQUEST_COMPLETION", "IN_PROGRESS",
                "COMPLETION_REQUESTED", LocalDate.of(2024, 12, 31), null, "已完成", null));
        await("cancellation", Duration.ofSeconds(20), () -> pending(plan, unit).isEmpty());
        // sent back: it reports again
        send(assignment, changed(UUID.randomUUID().toString(), assignment, plan, unit, "RETURN", "COMPLETION_REQUESTED",
                "IN_PROGRESS", LocalDate.of(2024, 12, 31), null, "请补充材料", null));
        await("reminders again", Duration.ofSeconds(20), () -> !pending(plan, unit).isEmpty());
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/reminders").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("planId"));
    }

    @Test
    void theTopUpMovesTheHorizonOnAsDaysPass() {
        String unit = "QZ-RPQ-" + suffix();
        UUID plan = UUID.randomUUID();
        UUID assignment = UUID.randomUUID();
        send(assignment, issued(UUID.randomUUID().toString(), assignment, plan, unit, LocalDate.of(2025, 6, 30)));
        kafka.sendCloudEvent(TASK_TOPIC, plan.toString(), cycleChanged(UUID.randomUUID().toString(), plan, "SET", "QUARTERLY", 10, 0));
        // within 62 days of 9-20 only October's due date; 3 working days before 10-10 reach back over the holiday to 9-30
        List<String> october = List.of("REPORT_DUE_SOON 2024-09-30T01:00:00Z 2024-10-10 PENDING",
                "REPORT_DUE_TODAY 2024-10-10T01:00:00Z 2024-10-10 PENDING");
        await("October's reminders", Duration.ofSeconds(20), () -> pending(plan, unit).equals(october));

        Instant december = Instant.parse("2024-12-16T01:00:00Z");
        clock.set(december);
        topUp.run();
        List<String> now = pending(plan, unit);
        assertTrue(now.containsAll(List.of("REPORT_DUE_SOON 2025-01-07T01:00:00Z 2025-01-10 PENDING",
                "REPORT_DUE_TODAY 2025-01-10T01:00:00Z 2025-01-10 PENDING")), now.toString());
        assertTrue(now.containsAll(october), "still owed, never cancelled for being late: " + now);
        topUp.run();
        assertEquals(now, pending(plan, unit), "a second top-up adds nothing");
    }

    @Test
    void aPlanWhoseCycleCannotBeReadDoesNotStopTheTopUpOfTheOthers() {
        String unit = "QZ-RPX-" + suffix();
        UUID plan = UUID.randomUUID();
        UUID assignment = UUID.randomUUID();
        send(assignment, issued(UUID.randomUUID().toString(), assignment, plan, unit, LocalDate.of(2025, 6, 30)));
        kafka.sendCloudEvent(TASK_TOPIC, plan.toString(), cycleChanged(UUID.randomUUID().toString(), plan, "SET", "QUARTERLY", 10, 0));
        await("October's reminders", Duration.ofSeconds(20), () -> !pending(plan, unit).isEmpty());
        // plans are topped up in the order of their ids: this one comes first and has a cycle no version reads
        UUID unreadable = new UUID(0, 1);
        UUID itsAssignment = UUID.randomUUID();
        String itsIssued = UUID.randomUUID().toString();
        send(itsAssignment, issued(itsIssued, itsAssignment, unreadable, unit, LocalDate.of(2025, 6, 30)));
        awaitProcessed(itsIssued);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into reporting_cycle (plan_id, frequency, due_day, version, updated_at)
                        values (?1, 'FORTNIGHTLY', 15, 1, now()) on conflict (plan_id) do update set frequency = excluded.frequency""")
                .setParameter(1, unreadable).executeUpdate());
        try {
            clock.set(Instant.parse("2024-12-16T01:00:00Z"));
            int toppedUp = topUp.run();
            assertTrue(pending(plan, unit).contains("REPORT_DUE_TODAY 2025-01-10T01:00:00Z 2025-01-10 PENDING"),
                    "the readable plan is topped up: " + pending(plan, unit));
            int plans = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("select count(*) from reporting_cycle").getSingleResult()).intValue());
            assertEquals(plans - 1, toppedUp, "every plan but the unreadable one");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from reporting_cycle where plan_id = ?1")
                    .setParameter(1, unreadable).executeUpdate());
        }
    }

    private void send(UUID assignment, String event) {
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), event);
    }

    private void awaitProcessed(String eventId) {
        await("event " + eventId, Duration.ofSeconds(20), () -> QuarkusTransaction.requiringNew().call(() ->
                !entityManager.createNativeQuery("select id from processed_event where id = ?1").setParameter(1, eventId)
                        .getResultList().isEmpty()));
    }

    /** "KIND dueAt deadline STATUS" of the unit's reminders in the plan, by due time. */
    static List<String> summary(UUID plan, String unit) {
        List<Map<String, Object>> rows = given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan)
                .queryParam("unitCode", unit).get("/api/v1/reminders").then().statusCode(200).extract().jsonPath().getList("$");
        return rows.stream().map(r -> r.get("kind") + " " + r.get("dueAt") + " " + r.get("deadline") + " " + r.get("status"))
                .toList();
    }

    static List<String> pending(UUID plan, String unit) {
        return summary(plan, unit).stream().filter(s -> s.endsWith("PENDING")).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
