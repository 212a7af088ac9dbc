package org.supervision.notification.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.await;
import static org.supervision.notification.testing.TaskEventFixtures.changedWithReview;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * 复核 after 销号, through Kafka: a completion subject to re-inspection reminds the office (not the unit) on the
 * day; the re-inspection withdraws the reminder and tells the unit its outcome.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class ReInspectionRemindersTest {

    private static final Instant FRIDAY_MORNING = Instant.parse("2024-09-20T01:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.of(2024, 10, 31);
    private static final LocalDate REVIEW_AT = LocalDate.of(2024, 12, 16);
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
    void theOfficeIsRemindedOnTheReInspectionDayInItsOwnInboxAndTheUnitIsNot() {
        String unit = "QZ-RI-" + suffix();
        UUID assignment = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        send(assignment, issued(UUID.randomUUID().toString(), assignment, plan, unit, DEADLINE));
        String complete = changedWithReview(UUID.randomUUID().toString(), assignment, plan, unit, "COMPLETE",
                "COMPLETION_REQUESTED", "COMPLETED", DEADLINE, "同意销号，三个月后复核", REVIEW_AT);
        send(assignment, complete);
        send(assignment, complete); // redelivered: still one reminder
        List<Map<String, Object>> due = awaitReminders(assignment, "REVIEW_DUE", 1);
        assertEquals("PENDING", due.get(0).get("status"));
        assertEquals("2024-12-16T01:00:00Z", due.get(0).get("dueAt"), "09:00 in Shanghai on the re-inspection day");
        assertEquals("2024-12-16", due.get(0).get("deadline"));

        while (dispatcher.dispatchDue(Instant.parse("2024-12-16T01:00:01Z"), 500) > 0) {
            // drain what is due then, this test's reminder among them
        }
        List<Object[]> office = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select unit_code, title, body from inbox_item where assignment_id = ?1 and kind = 'REVIEW_DUE'", Object[].class)
                .setParameter(1, assignment).getResultList());
        assertEquals(1, office.size());
        assertEquals("SUPERVISION-OFFICE", office.get(0)[0]);
        assertEquals("复核提醒：第3项 提升企业开办便利度（市发展改革委）", office.get(0)[1]);
        assertTrue(((String) office.get(0)[2]).contains("定于2024年12月16日复核"), (String) office.get(0)[2]);
        // the unit's officer does not read the office's inbox
        assertTrue(given().auth().oauth2(TestTokens.unitOfficer(unit)).queryParam("size", 200).get("/api/v1/inbox").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'REVIEW_DUE' }").isEmpty());
    }

    @Test
    void theReInspectionWithdrawsTheRemindersAndTellsTheUnitTheOutcome() {
        String unit = "QZ-RJ-" + suffix();
        UUID confirmed = UUID.randomUUID();
        UUID reopened = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        for (UUID a : List.of(confirmed, reopened)) {
            send(a, issued(UUID.randomUUID().toString(), a, plan, unit, DEADLINE));
            send(a, changedWithReview(UUID.randomUUID().toString(), a, plan, unit, "COMPLETE", "COMPLETION_REQUESTED",
                    "COMPLETED", DEADLINE, null, REVIEW_AT));
            awaitReminders(a, "REVIEW_DUE", 1);
        }
        send(confirmed, changedWithReview(UUID.randomUUID().toString(), confirmed, plan, unit, "RE_INSPECT_CONFIRM", "COMPLETED",
                "COMPLETED", DEADLINE, "整改成效巩固", null));
        send(reopened, changedWithReview(UUID.randomUUID().toString(), reopened, plan, unit, "RE_INSPECT_REOPEN", "COMPLETED",
                "IN_PROGRESS", DEADLINE, "问题反弹，窗口仍要求重复提交材料", null));

        List<Map<String, Object>> items = ReviewOutcomesTest.awaitReview(unit, 4); // two completions, two outcomes
        Map<String, Object> kept = items.stream().filter(i -> confirmed.toString().equals(i.get("assignmentId"))
                && ((String) i.get("title")).startsWith("复核通过")).findFirst().orElseThrow();
        assertTrue(((String) kept.get("body")).endsWith("维持销号。复核意见：整改成效巩固。"), (String) kept.get("body"));
        Map<String, Object> back = items.stream().filter(i -> reopened.toString().equals(i.get("assignmentId"))
                && ((String) i.get("title")).startsWith("复核未通过")).findFirst().orElseThrow();
        assertTrue(((String) back.get("body")).contains("复核发现：问题反弹，窗口仍要求重复提交材料。"), (String) back.get("body"));
        for (UUID a : List.of(confirmed, reopened)) {
            await("the re-inspection reminder of " + a + " withdrawn", Duration.ofSeconds(20),
                    () -> reminders(a, "REVIEW_DUE").stream().allMatch(r -> "CANCELLED".equals(r.get("status"))));
        }
        // the reopened work has its deadline schedule again (its deadline has not passed on this Friday)
        assertTrue(reminders(reopened, "DUE_TODAY").stream().anyMatch(r -> "PENDING".equals(r.get("status"))));
    }

    private void send(UUID assignment, String event) {
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), event);
    }

    static List<Map<String, Object>> awaitReminders(UUID assignment, String kind, int count) {
        await(count + " " + kind + " of " + assignment, Duration.ofSeconds(20), () -> reminders(assignment, kind).size() >= count);
        List<Map<String, Object>> found = reminders(assignment, kind);
        assertEquals(count, found.size(), kind + " " + found);
        return found;
    }

    static List<Map<String, Object>> reminders(UUID assignment, String kind) {
        return given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", assignment).get("/api/v1/reminders")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.kind == '" + kind + "' }");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
