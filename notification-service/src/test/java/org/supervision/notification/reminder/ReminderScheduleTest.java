package org.supervision.notification.reminder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.await;
import static org.supervision.notification.testing.TaskEventFixtures.changed;
import static org.supervision.notification.testing.TaskEventFixtures.issued;
import static org.supervision.notification.testing.TaskEventFixtures.issuedData;

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

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The schedule follows the task events, on the working-day calendar task-service uses. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class ReminderScheduleTest {

    /** Friday 2024-09-20, 09:00 in Beijing. */
    static final Instant FRIDAY_MORNING = Instant.parse("2024-09-20T01:00:00Z");

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void friday() {
        clock.set(FRIDAY_MORNING);
    }

    @Test
    void anIssuedAssignmentIsRemindedOnWorkingDaysAroundTheNationalDayBreak() {
        UUID assignment = UUID.randomUUID();
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(),
                issued(UUID.randomUUID().toString(), assignment, UUID.randomUUID(), "QZ-FGW", LocalDate.of(2024, 10, 8)));

        List<Map<String, Object>> schedule = awaitPending(assignment, 10);
        // 7, 3 and 1 working days before 10-08 (the Sunday 9-29 is worked, 10-01..07 are off), the day itself,
        // overdue after 1, 3, 5, 7, 9 working days (the Saturday 10-12 is worked), escalation after 5
        assertEquals(List.of(
                "BEFORE_DEADLINE 2024-09-23T01:00:00Z", "BEFORE_DEADLINE 2024-09-27T01:00:00Z",
                "BEFORE_DEADLINE 2024-09-30T01:00:00Z", "DUE_TODAY 2024-10-08T01:00:00Z", "OVERDUE 2024-10-09T01:00:00Z",
                "OVERDUE 2024-10-11T01:00:00Z", "ESCALATION 2024-10-14T01:00:00Z", "OVERDUE 2024-10-14T01:00:00Z",
                "OVERDUE 2024-10-16T01:00:00Z", "OVERDUE 2024-10-18T01:00:00Z"),
                schedule.stream().map(r -> r.get("kind") + " " + r.get("dueAt")).toList());
    }

    @Test
    void aNewDeadlineReplacesWhatIsPendingAndCompletionCancelsEverything() {
        UUID assignment = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(),
                issued(UUID.randomUUID().toString(), assignment, plan, "QZ-FGW", LocalDate.of(2024, 10, 8)));
        awaitPending(assignment, 10);

        // a progress report does not speak of the deadline (null, null): the schedule stays as it is
        String report = UUID.randomUUID().toString();
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), changed(report, assignment, plan,
                "QZ-FGW", "REPORT", "IN_PROGRESS", null, null));
        await("the report event", Duration.ofSeconds(20), () -> QuarkusTransaction.requiringNew().call(() ->
                !entityManager.createNativeQuery("select id from processed_event where id = ?1").setParameter(1, report)
                        .getResultList().isEmpty()));
        assertEquals(10, all(assignment).size(), "nothing added");
        assertEquals(10, pending(assignment).size(), "nothing cancelled");

        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), changed(UUID.randomUUID().toString(), assignment, plan,
                "QZ-FGW", "DECIDE_EXTENSION", "IN_PROGRESS", LocalDate.of(2024, 10, 31), LocalDate.of(2024, 10, 8)));
        await("the schedule for 10-31", Duration.ofSeconds(20),
                () -> pending(assignment).stream().anyMatch(r -> "2024-10-31T01:00:00Z".equals(r.get("dueAt"))));
        List<Map<String, Object>> moved = pending(assignment);
        assertEquals(10, moved.size());
        assertTrue(moved.stream().allMatch(r -> "2024-10-31".equals(r.get("deadline"))), "pending ones follow the new deadline");
        assertEquals("2024-10-30T01:00:00Z", moved.stream().filter(r -> "BEFORE_DEADLINE".equals(r.get("kind")))
                .reduce((a, b) -> b).orElseThrow().get("dueAt"), "1 working day before 10-31");

        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), changed(UUID.randomUUID().toString(), assignment, plan,
                "QZ-FGW", "COMPLETE", "COMPLETED", LocalDate.of(2024, 10, 31), null));
        await("cancellation", Duration.ofSeconds(20), () -> pending(assignment).isEmpty());
        // the schedule is cancelled; what is left are the decisions told at once (extension approved, completed)
        assertTrue(all(assignment).stream().filter(r -> SCHEDULE.contains(r.get("kind")))
                .allMatch(r -> "CANCELLED".equals(r.get("status"))));
        assertEquals(List.of("COMPLETED SENT", "EXTENSION_APPROVED SENT"), all(assignment).stream()
                .filter(r -> !SCHEDULE.contains(r.get("kind"))).map(r -> r.get("kind") + " " + r.get("status")).sorted().toList());
        // nothing is sent for it any more, whenever the dispatcher runs
        dispatcher.dispatchDue(Instant.parse("2024-12-31T00:00:00Z"), 500);
        given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", assignment).get("/api/v1/reminders")
                .then().statusCode(200).body("findAll { it.kind in ['BEFORE_DEADLINE', 'DUE_TODAY', 'OVERDUE', 'ESCALATION'] }.status",
                        org.hamcrest.Matchers.everyItem(equalTo("CANCELLED")));
    }

    @Test
    void aMeasureWithTheLongestTitleAPlanMayHaveIsTrackedAndReminded() {
        UUID assignment = UUID.randomUUID();
        String title = "推进政务服务“一网通办”，".repeat(770).substring(0, 10_000); // as long as plan-service accepts
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(),
                issued(UUID.randomUUID().toString(),
                        issuedData(assignment, UUID.randomUUID(), "QZ-LONG", "3", title, LocalDate.of(2024, 9, 10))));
        awaitPending(assignment, 3); // late: overdue and escalation now
        while (dispatcher.dispatchDue(FRIDAY_MORNING, 50) > 0) {
            // everything due now, this test's and others'
        }
        var inbox = given().auth().oauth2(TestTokens.unitOfficer("QZ-LONG")).queryParam("size", 200).get("/api/v1/inbox")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(inbox.getString("find { it.assignmentId == '%s' && it.kind == 'NEW_ASSIGNMENT' }.body".formatted(assignment))
                .contains(title));
        String overdueTitle = inbox.getString("find { it.assignmentId == '%s' && it.kind == 'OVERDUE' }.title".formatted(assignment));
        String overdueBody = inbox.getString("find { it.assignmentId == '%s' && it.kind == 'OVERDUE' }.body".formatted(assignment));
        assertTrue(overdueTitle.length() <= 200 && overdueTitle.endsWith("…"), "a headline, not the measure's text: " + overdueTitle);
        assertTrue(overdueBody.contains(title), "the whole measure in the body");
    }

    @Test
    void reassignmentCancels() {
        UUID assignment = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(),
                issued(UUID.randomUUID().toString(), assignment, plan, "QZ-FGW", LocalDate.of(2024, 10, 8)));
        awaitPending(assignment, 10);
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), changed(UUID.randomUUID().toString(), assignment, plan,
                "QZ-FGW", "REASSIGN", "ISSUED", LocalDate.of(2024, 10, 8), null));
        await("cancellation", Duration.ofSeconds(20), () -> pending(assignment).isEmpty());
    }

    @Test
    void aLateAssignmentIsToldAtOnceAndARedeliveredEventRemindsOnce() {
        UUID assignment = UUID.randomUUID();
        String event = issued(UUID.randomUUID().toString(), assignment, UUID.randomUUID(), "QZ-LATE", LocalDate.of(2024, 9, 10));
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), event);
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), event); // redelivered

        // 9-10 is 7 working days ago (9-14 was worked, 9-16/17 off): overdue now, escalation (after 5) now,
        // and the rest of the overdue series (after 1, 3, 5, 7, 9 working days: only 9-24 is still ahead)
        List<Map<String, Object>> schedule = awaitPending(assignment, 3);
        assertEquals(List.of("ESCALATION 2024-09-20T01:00:00Z", "OVERDUE 2024-09-20T01:00:00Z", "OVERDUE 2024-09-24T01:00:00Z"),
                schedule.stream().map(r -> r.get("kind") + " " + r.get("dueAt")).toList());

        while (dispatcher.dispatchDue(FRIDAY_MORNING, 50) > 0) {
            // everything due now, this test's and others'
        }
        given().auth().oauth2(TestTokens.unitOfficer("QZ-LATE")).queryParam("size", 200).get("/api/v1/inbox")
                .then().statusCode(200)
                .body("findAll { it.assignmentId == '%s' && it.kind == 'OVERDUE' }.size()".formatted(assignment), equalTo(1))
                .body("findAll { it.assignmentId == '%s' && it.kind == 'ESCALATION' }.size()".formatted(assignment), equalTo(1))
                .body("find { it.assignmentId == '%s' && it.kind == 'OVERDUE' }.body".formatted(assignment), equalTo(
                        "《钦州市优化营商环境实施方案》第3项措施“提升企业开办便利度”（市发展改革委）完成时限为2024年9月10日，"
                                + "已逾期7个工作日，请立即办理并说明情况。"));
        assertEquals(1, pending(assignment).size(), "the overdue reminder of 9-24 is still ahead");
    }

    @Test
    void aPlanPolicyIsReadWrittenValidatedAndRecomputesItsOpenAssignments() {
        UUID plan = UUID.randomUUID();
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/reminder-policies/" + plan).then().statusCode(200)
                .body("defaults", equalTo(true)).body("policy.beforeWorkingDays", contains(7, 3, 1));
        UUID assignment = UUID.randomUUID();
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(),
                issued(UUID.randomUUID().toString(), assignment, plan, "QZ-FGW", LocalDate.of(2024, 10, 8)));
        awaitPending(assignment, 10);

        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"beforeWorkingDays": [2], "onTheDay": false, "overdueEveryWorkingDays": 3,
                         "overdueMaxReminders": 1, "escalateAfterWorkingDays": 10}""")
                .put("/api/v1/reminder-policies/" + plan).then().statusCode(200)
                .body("defaults", equalTo(false)).body("updatedBy", equalTo("supervisor"));
        assertEquals(List.of("BEFORE_DEADLINE 2024-09-29T01:00:00Z", "OVERDUE 2024-10-09T01:00:00Z",
                        "ESCALATION 2024-10-21T01:00:00Z"),
                pending(assignment).stream().map(r -> r.get("kind") + " " + r.get("dueAt")).toList());

        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"beforeWorkingDays": [0], "onTheDay": true, "overdueEveryWorkingDays": 2,
                         "overdueMaxReminders": 5, "escalateAfterWorkingDays": 5}""")
                .put("/api/v1/reminder-policies/" + plan).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("beforeWorkingDays[0]"))
                .body("errors.rule", hasItem("min"));
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).get("/api/v1/reminder-policies/" + plan)
                .then().statusCode(403);
    }

    /** The kinds computed from the deadline (the rest are notices told at once). */
    static final List<String> SCHEDULE = List.of("BEFORE_DEADLINE", "DUE_TODAY", "OVERDUE", "ESCALATION");

    static List<Map<String, Object>> all(UUID assignment) {
        return given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", assignment)
                .get("/api/v1/reminders").then().statusCode(200).extract().jsonPath().getList("$");
    }

    static List<Map<String, Object>> pending(UUID assignment) {
        return all(assignment).stream().filter(r -> "PENDING".equals(r.get("status"))).toList();
    }

    static List<Map<String, Object>> awaitPending(UUID assignment, int count) {
        await(count + " pending reminders of " + assignment, Duration.ofSeconds(20), () -> pending(assignment).size() >= count);
        List<Map<String, Object>> pending = pending(assignment);
        assertEquals(count, pending.size(), "pending reminders " + pending);
        return pending;
    }
}
