package org.supervision.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.ITEM_NUMBER;
import static org.supervision.notification.testing.TaskEventFixtures.ITEM_TITLE;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.notification.reminder.ReminderKind;
import org.supervision.notification.reminder.ReminderText;
import org.supervision.notification.reminder.TrackedAssignment;
import org.supervision.notification.testing.TaskEventFixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The work of a supervision item (督办事项: a leader's instruction, a 12345 complaint, an inspection or audit finding)
 * comes from no plan. Its events, built from the contracts' records as task-service's items send them, reach the
 * unit's inbox and schedule as a plan's do, and every text names the item and where it came from, never a plan.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class SupervisionItemWordingTest {

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    EntityManager entityManager;

    @Inject
    ReminderText text;

    @Test
    void anItemsNewWorkIsToldAsTheItemWithItsSourceAndItsScheduleIsKeptOnce() {
        String unit = "QZ-ITEM-" + UUID.randomUUID().toString().substring(0, 8);
        UUID item = UUID.randomUUID();
        UUID assignment = UUID.randomUUID();
        String event = TaskEventFixtures.issued(UUID.randomUUID().toString(),
                TaskEventFixtures.itemIssuedData(assignment, item, "HOTLINE_12345", unit, LocalDate.of(2099, 6, 30)));
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), event);
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), event); // redelivered

        List<Map<String, Object>> inbox = awaitInbox(unit, assignment, 1);
        assertEquals("新督办事项：" + ITEM_TITLE + "（" + ITEM_NUMBER + "）", inbox.get(0).get("title"));
        assertEquals("督办事项“" + ITEM_TITLE + "”（" + ITEM_NUMBER + "，12345热线）已交办给市发展改革委（牵头单位），请及时签收。"
                + "完成时限：2099年6月30日。", inbox.get(0).get("body"));
        assertEquals("NEW_ASSIGNMENT", inbox.get(0).get("kind"));

        TrackedAssignment tracked = QuarkusTransaction.requiringNew().call(() -> entityManager.find(TrackedAssignment.class, assignment));
        assertEquals(item, tracked.itemId);
        assertEquals("HOTLINE_12345", tracked.itemSource);
        assertEquals(item, tracked.planId, "the item is its own plan: its policy and reporting cycle are keyed by its id");
        // the deadline's schedule, as for a plan's work: reminders before the deadline, on it and after
        given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", assignment).when().get("/api/v1/reminders")
                .then().statusCode(200).body("kind", org.hamcrest.Matchers.hasItems("BEFORE_DEADLINE", "DUE_TODAY", "OVERDUE"));

        // the texts the schedule sends when due: the item, its number and source; no plan, no measure
        ReminderText.Text overdue = QuarkusTransaction.requiringNew().call(() -> text.inbox(ReminderKind.OVERDUE,
                entityManager.find(TrackedAssignment.class, assignment), LocalDate.of(2099, 6, 30), LocalDate.of(2099, 7, 3)));
        assertEquals("逾期提醒：督办事项 " + ITEM_TITLE, overdue.title());
        assertTrue(overdue.body().startsWith("督办事项“" + ITEM_TITLE + "”（" + ITEM_NUMBER + "，12345热线）由市发展改革委承办，完成时限为2099年6月30日"),
                overdue.body());
        assertFalse(overdue.body().contains("措施") || overdue.body().contains("《"), overdue.body());
    }

    @Test
    void aReviewOutcomeOfAnItemsWorkNamesTheItemEvenWhenOnlyTheChangeWasSeen() {
        String unit = "QZ-ITEM-" + UUID.randomUUID().toString().substring(0, 8);
        UUID item = UUID.randomUUID();
        UUID assignment = UUID.randomUUID();
        // no issued event seen here (a replay from an offset after it): the change alone tells it is an item's work
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), TaskEventFixtures.itemChanged(UUID.randomUUID().toString(),
                assignment, item, unit, "RETURN", "COMPLETION_REQUESTED", "IN_PROGRESS", LocalDate.of(2099, 3, 31), "整改照片不全"));
        List<Map<String, Object>> inbox = awaitInbox(unit, assignment, 1);
        assertEquals("办结申请被退回：督办事项 " + ITEM_TITLE, inbox.get(0).get("title"));
        assertEquals("督办事项“" + ITEM_TITLE + "”（" + ITEM_NUMBER + "）（市发展改革委）的办结申请已被督查部门退回，退回理由：整改照片不全。"
                + "请继续办理后重新申请办结。", inbox.get(0).get("body"));

        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), TaskEventFixtures.itemChanged(UUID.randomUUID().toString(),
                assignment, item, unit, "COMPLETE", "COMPLETION_REQUESTED", "COMPLETED", LocalDate.of(2099, 3, 31), null));
        inbox = awaitInbox(unit, assignment, 2);
        List<Object> titles = inbox.stream().map(m -> m.get("title")).toList();
        assertTrue(titles.contains("已办结销号：督办事项 " + ITEM_TITLE), titles.toString());
    }

    @Test
    void aPlansWorkIsStillToldAsAMeasureOfItsPlan() {
        String unit = "QZ-PLAN-" + UUID.randomUUID().toString().substring(0, 8);
        UUID assignment = UUID.randomUUID();
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), TaskEventFixtures.changed(UUID.randomUUID().toString(),
                assignment, UUID.randomUUID(), unit, "RETURN", "COMPLETION_REQUESTED", "IN_PROGRESS", LocalDate.of(2099, 3, 31),
                null, "材料不全", null));
        List<Map<String, Object>> inbox = awaitInbox(unit, assignment, 1);
        assertEquals("办结申请被退回：第3项 " + TaskEventFixtures.MEASURE_TITLE, inbox.get(0).get("title"));
        assertFalse(String.valueOf(inbox.get(0).get("body")).contains("督办事项"), inbox.toString());
        assertTrue(String.valueOf(inbox.get(0).get("body")).contains("措施"), inbox.toString());
        assertEquals("REVIEW", inbox.get(0).get("kind"));
    }

    /** The unit's inbox items of the assignment, oldest first, once there are {@code count} of them. */
    private List<Map<String, Object>> awaitInbox(String unit, UUID assignment, int count) {
        TaskEventFixtures.await(count + " inbox item(s) of " + assignment, Duration.ofSeconds(20),
                () -> items(unit, assignment).size() >= count);
        List<Map<String, Object>> mine = items(unit, assignment);
        assertEquals(count, mine.size(), mine.toString());
        return mine;
    }

    private List<Map<String, Object>> items(String unit, UUID assignment) {
        List<Map<String, Object>> found = new java.util.ArrayList<>(given().auth().oauth2(TestTokens.unitOfficer(unit))
                .queryParam("size", 200).when().get("/api/v1/inbox").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.assignmentId == '%s' }".formatted(assignment)));
        found.sort(java.util.Comparator.comparing(m -> String.valueOf(m.get("createdAt"))));
        return found;
    }
}
