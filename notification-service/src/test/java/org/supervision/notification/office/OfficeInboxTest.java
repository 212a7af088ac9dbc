package org.supervision.notification.office;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.await;
import static org.supervision.notification.testing.TaskEventFixtures.changed;
import static org.supervision.notification.testing.TaskEventFixtures.issued;
import static org.supervision.notification.testing.TaskEventFixtures.noticeChanged;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The supervision office's own inbox: an OFFICE_TODO item for each completion request, dispute, extension request
 * and answered 督办单 that reaches it through the task topic, once; the office reads and marks it, others do not.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class OfficeInboxTest {

    /** The default of supervision.office.unit-code. */
    private static final String OFFICE = "SUPERVISION-OFFICE";
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Test
    void whatStartsWaitingForTheOfficeLandsInItsInboxOnceAndNothingElseDoes() {
        String unit = "QZ-OFC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID plan = UUID.randomUUID();
        UUID completing = UUID.randomUUID();
        UUID disputing = UUID.randomUUID();
        UUID extending = UUID.randomUUID();
        LocalDate deadline = LocalDate.of(2024, 12, 31);
        for (UUID a : List.of(completing, disputing, extending)) {
            send(a, issued(UUID.randomUUID().toString(), a, plan, unit, deadline));
        }
        send(completing, changed(UUID.randomUUID().toString(), completing, plan, unit, "ACCEPT", "ISSUED", "ACCEPTED",
                deadline, null, null, null)); // the unit's business: nothing for the office
        String completion = UUID.randomUUID().toString();
        String completionEvent = changed(completion, completing, plan, unit, "REQUEST_COMPLETION", "IN_PROGRESS",
                "COMPLETION_REQUESTED", deadline, null, "已完成全部建设内容", null);
        send(completing, completionEvent);
        send(completing, completionEvent); // redelivered
        send(disputing, changed(UUID.randomUUID().toString(), disputing, plan, unit, "DISPUTE", "ISSUED", "DISPUTED",
                deadline, null, "不属于本单位职责", null));
        send(extending, changed(UUID.randomUUID().toString(), extending, plan, unit, "REQUEST_EXTENSION", "IN_PROGRESS",
                "IN_PROGRESS", deadline, null, "受台风影响", null));
        UUID notice = UUID.randomUUID();
        send(notice, noticeChanged(UUID.randomUUID().toString(), notice, "ISSUED", "OPEN", unit, extending, "督办单", deadline));
        send(notice, noticeChanged(UUID.randomUUID().toString(), notice, "RESPONDED", "RESPONDED", unit, extending, "督办单",
                deadline));

        List<UUID> ours = List.of(completing, disputing, extending);
        await("four office items", Duration.ofSeconds(20), () -> officeItems(ours).size() >= 4);
        List<Map<String, Object>> items = officeItems(ours);
        assertEquals(4, items.size(), "one per waiting thing, none for the accept, the issue or the redelivery: " + items);
        assertTrue(items.stream().allMatch(i -> OFFICE.equals(i.get("unitCode")) && "OFFICE_TODO".equals(i.get("kind"))), items.toString());
        List<String> titles = items.stream().map(i -> (String) i.get("title")).toList();
        assertTrue(titles.contains("办结申请待审核：第3项 提升企业开办便利度（市发展改革委）"), titles.toString());
        assertTrue(titles.contains("任务异议待处理：第3项 提升企业开办便利度（市发展改革委）"), titles.toString());
        assertTrue(titles.contains("延期申请待审批：第3项 提升企业开办便利度（市发展改革委）"), titles.toString());
        assertTrue(titles.contains("督办单已回复待办结：督办单（市发展改革委）"), titles.toString());
        Map<String, Object> completionItem = items.stream().filter(i -> completing.toString().equals(i.get("assignmentId")))
                .findFirst().orElseThrow();
        assertTrue(((String) completionItem.get("body")).contains("办结说明：已完成全部建设内容"), (String) completionItem.get("body"));

        // the unit's own inbox has none of it; the unit's officer does not read the office's inbox
        given().auth().oauth2(TestTokens.unitOfficer(unit)).queryParam("size", 200).get("/api/v1/inbox").then()
                .statusCode(200).body("kind", everyItem(not(equalTo("OFFICE_TODO"))));
        given().auth().oauth2(TestTokens.unitOfficer(unit)).queryParam("unitCode", OFFICE).get("/api/v1/inbox").then()
                .statusCode(200).body("$", empty());
        given().auth().oauth2(TestTokens.unitOfficer(unit)).post("/api/v1/inbox/" + completionItem.get("id") + "/read")
                .then().statusCode(404);

        // a leader reads it but does not mark it; the office does
        long unread = given().auth().oauth2(TestTokens.supervisor()).queryParam("unitCode", OFFICE)
                .get("/api/v1/inbox/unread-count").then().statusCode(200).extract().jsonPath().getLong("unread");
        assertTrue(unread >= 4, "unread " + unread);
        given().auth().oauth2(TestTokens.leader()).post("/api/v1/inbox/" + completionItem.get("id") + "/read")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.supervisor()).post("/api/v1/inbox/" + completionItem.get("id") + "/read")
                .then().statusCode(204);
        assertEquals(unread - 1, given().auth().oauth2(TestTokens.supervisor()).queryParam("unitCode", OFFICE)
                .get("/api/v1/inbox/unread-count").then().statusCode(200).extract().jsonPath().getLong("unread"));
        // the office marks its own items, not a unit's
        Object unitsItem = given().auth().oauth2(TestTokens.supervisor()).queryParam("unitCode", unit).get("/api/v1/inbox")
                .then().statusCode(200).extract().path("[0].id");
        given().auth().oauth2(TestTokens.supervisor()).post("/api/v1/inbox/" + unitsItem + "/read").then().statusCode(403);
    }

    private void send(UUID key, String event) {
        kafka.sendCloudEvent(TASK_TOPIC, key.toString(), event);
    }

    private static List<Map<String, Object>> officeItems(List<UUID> assignments) {
        List<Map<String, Object>> all = given().auth().oauth2(TestTokens.leader()).queryParam("unitCode", OFFICE)
                .queryParam("size", 200).get("/api/v1/inbox").then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(i -> assignments.stream().anyMatch(a -> a.toString().equals(i.get("assignmentId")))).toList();
    }
}
