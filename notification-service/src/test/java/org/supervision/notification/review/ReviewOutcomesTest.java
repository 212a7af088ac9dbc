package org.supervision.notification.review;

import static org.supervision.notification.testing.UnitEventFixtures.knownUnit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.await;
import static org.supervision.notification.testing.TaskEventFixtures.changed;
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
import org.supervision.notification.testing.TestClock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** A supervisor's decisions reach the unit's inbox at once, once, worded in Chinese, and only that unit's. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class ReviewOutcomesTest {

    static final Instant FRIDAY_MORNING = Instant.parse("2024-09-20T01:00:00Z");
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    TestClock clock;

    @BeforeEach
    void friday() {
        clock.set(FRIDAY_MORNING);
    }

    @Test
    void returnedExtensionDecisionsAndCompletionAreToldAtOnceAndARedeliveryTellsOnce() {
        String unit = "QZ-REV-" + suffix();
        knownUnit(kafka, unit);
        String officer = "officer-" + unit.toLowerCase() + "@qinzhou.example";
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("officers", List.of(officer), "leaders", List.of()))
                .put("/api/v1/unit-contacts/" + unit).then().statusCode(200);
        UUID assignment = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        LocalDate deadline = LocalDate.of(2024, 10, 31);
        send(assignment, issued(UUID.randomUUID().toString(), assignment, plan, unit, deadline));

        String returned = changed(UUID.randomUUID().toString(), assignment, plan, unit, "RETURN", "COMPLETION_REQUESTED",
                "IN_PROGRESS", deadline, null, "缺少佐证材料，请补充现场照片", null);
        send(assignment, returned);
        send(assignment, returned); // redelivered
        List<Map<String, Object>> items = awaitReview(unit, 1);
        // no dispatcher run: the consumer wrote it
        assertEquals("办结申请被退回：第3项 提升企业开办便利度", items.get(0).get("title"));
        assertEquals("《钦州市优化营商环境实施方案》第3项措施“提升企业开办便利度”（市发展改革委）的办结申请已被督查部门退回，"
                + "退回理由：缺少佐证材料，请补充现场照片。请继续办理后重新申请办结。", items.get(0).get("body"));
        assertEquals(assignment.toString(), items.get(0).get("assignmentId"));

        clock.set(FRIDAY_MORNING.plusSeconds(60)); // items of one instant would be listed in no particular order
        send(assignment, changed(UUID.randomUUID().toString(), assignment, plan, unit, "DECIDE_EXTENSION", "IN_PROGRESS",
                "IN_PROGRESS", LocalDate.of(2024, 11, 29), deadline, null, "APPROVED"));
        items = awaitReview(unit, 2);
        assertEquals("《钦州市优化营商环境实施方案》第3项措施“提升企业开办便利度”（市发展改革委）的延期申请已批准，"
                + "新的完成时限为2024年11月29日。", items.get(0).get("body"));

        clock.set(FRIDAY_MORNING.plusSeconds(120));
        send(assignment, changed(UUID.randomUUID().toString(), assignment, plan, unit, "DECIDE_EXTENSION", "IN_PROGRESS",
                "IN_PROGRESS", LocalDate.of(2024, 11, 29), null, "理由不充分", "REFUSED"));
        items = awaitReview(unit, 3);
        assertEquals("延期申请未获批准：第3项 提升企业开办便利度", items.get(0).get("title"));
        assertTrue(((String) items.get(0).get("body")).endsWith("完成时限仍为2024年11月29日。审批意见：理由不充分。"),
                (String) items.get(0).get("body"));

        clock.set(FRIDAY_MORNING.plusSeconds(180));
        send(assignment, changed(UUID.randomUUID().toString(), assignment, plan, unit, "COMPLETE", "COMPLETION_REQUESTED",
                "COMPLETED", LocalDate.of(2024, 11, 29), null, null, null));
        items = awaitReview(unit, 4);
        assertEquals("已办结销号：第3项 提升企业开办便利度", items.get(0).get("title"));
        assertEquals("《钦州市优化营商环境实施方案》第3项措施“提升企业开办便利度”（市发展改革委）经审核已办结销号。",
                items.get(0).get("body"));

        // each notice is a reminder sent at once, with its deliveries in the log: the inbox, and the officer's mail
        List<Map<String, Object>> notices = given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", assignment)
                .get("/api/v1/reminders").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind in ['RETURNED', 'EXTENSION_APPROVED', 'EXTENSION_REFUSED', 'COMPLETED'] }");
        assertEquals(4, notices.size());
        assertTrue(notices.stream().allMatch(n -> "SENT".equals(n.get("status"))));
        assertEquals("缺少佐证材料，请补充现场照片", notices.stream().filter(n -> "RETURNED".equals(n.get("kind")))
                .findFirst().orElseThrow().get("detail"));
        List<Map<String, Object>> deliveries = given().auth().oauth2(TestTokens.supervisor())
                .get("/api/v1/deliveries/by-reminder/" + notices.get(0).get("id")).then().statusCode(200).extract().jsonPath()
                .getList("$");
        assertEquals(List.of("EMAIL " + officer + " PENDING", "INBOX " + unit + " SENT"), deliveries.stream()
                .map(d -> d.get("channel") + " " + d.get("recipient") + " " + d.get("status")).toList());

        // another unit's officer sees none of it and cannot mark it read
        String other = "QZ-OTHER-" + suffix();
        given().auth().oauth2(TestTokens.unitOfficer(other)).queryParam("size", 200).get("/api/v1/inbox").then()
                .statusCode(200).body("unitCode", everyItem(equalTo(other)));
        given().auth().oauth2(TestTokens.unitOfficer(other)).post("/api/v1/inbox/" + items.get(0).get("id") + "/read")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.unitOfficer(unit)).post("/api/v1/inbox/" + items.get(0).get("id") + "/read")
                .then().statusCode(204);
    }

    @Test
    void aRejectedDisputeStaysWithTheUnitAndAnAcceptedOneTellsItTheWorkMovedOn() {
        String unit = "QZ-DSP-" + suffix();
        UUID plan = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID reassigned = UUID.randomUUID();
        LocalDate deadline = LocalDate.of(2024, 10, 31);
        send(rejected, issued(UUID.randomUUID().toString(), rejected, plan, unit, deadline));
        send(reassigned, issued(UUID.randomUUID().toString(), reassigned, plan, unit, deadline));
        send(rejected, changed(UUID.randomUUID().toString(), rejected, plan, unit, "REJECT_DISPUTE", "DISPUTED", "ISSUED",
                deadline, null, "职责分工明确，由你单位牵头", null));
        send(reassigned, changed(UUID.randomUUID().toString(), reassigned, plan, unit, "REASSIGN", "DISPUTED", "CANCELLED",
                deadline, null, "改由市市场监管局承办", null));

        List<Map<String, Object>> items = awaitReview(unit, 2);
        Map<String, Object> kept = items.stream().filter(i -> rejected.toString().equals(i.get("assignmentId"))).findFirst().orElseThrow();
        assertEquals("异议未被采纳：第3项 提升企业开办便利度", kept.get("title"));
        assertTrue(((String) kept.get("body")).contains("任务仍由你单位承办。理由：职责分工明确，由你单位牵头。"), (String) kept.get("body"));
        Map<String, Object> moved = items.stream().filter(i -> reassigned.toString().equals(i.get("assignmentId"))).findFirst().orElseThrow();
        assertEquals("异议已采纳，任务已改派：第3项 提升企业开办便利度", moved.get("title"));
        // the reassigned work's schedule is cancelled; the rejected one's goes on
        assertTrue(given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", reassigned).get("/api/v1/reminders")
                .then().extract().jsonPath().getList("findAll { it.status == 'PENDING' }").isEmpty());
        assertEquals(10, given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", rejected).get("/api/v1/reminders")
                .then().extract().jsonPath().getList("findAll { it.status == 'PENDING' }").size());
    }

    @Test
    void progressAndOtherActionsAreNoNotice() {
        String unit = "QZ-QUIET-" + suffix();
        UUID assignment = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        send(assignment, issued(UUID.randomUUID().toString(), assignment, plan, unit, LocalDate.of(2024, 10, 31)));
        String accept = UUID.randomUUID().toString();
        send(assignment, changed(accept, assignment, plan, unit, "ACCEPT", "ISSUED", "ACCEPTED", LocalDate.of(2024, 10, 31),
                null, null, null));
        send(assignment, changed(UUID.randomUUID().toString(), assignment, plan, unit, "COMPLETE", "COMPLETION_REQUESTED",
                "COMPLETED", LocalDate.of(2024, 10, 31), null, null, null));
        List<Map<String, Object>> items = awaitReview(unit, 1);
        assertEquals("已办结销号：第3项 提升企业开办便利度", items.get(0).get("title"), "the accept told nothing; the completion did");
    }

    private void send(UUID assignment, String event) {
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), event);
    }

    /** The unit's REVIEW items, newest first, once there are {@code count}; fails on more. */
    static List<Map<String, Object>> awaitReview(String unit, int count) {
        await(count + " review notices for " + unit, Duration.ofSeconds(20), () -> review(unit).size() >= count);
        List<Map<String, Object>> items = review(unit);
        assertEquals(count, items.size(), "review notices " + items);
        return items;
    }

    private static List<Map<String, Object>> review(String unit) {
        return given().auth().oauth2(TestTokens.unitOfficer(unit)).queryParam("size", 200).get("/api/v1/inbox").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'REVIEW' }");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
