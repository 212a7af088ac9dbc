package org.supervision.notification.milestone;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.await;
import static org.supervision.notification.testing.TaskEventFixtures.changed;
import static org.supervision.notification.testing.TaskEventFixtures.issued;
import static org.supervision.notification.testing.TaskEventFixtures.milestoneChanged;

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
import jakarta.inject.Inject;

/** Milestones (阶段性目标) through Kafka: each has its own reminders; a done one's stop, and so do all when work ends. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class MilestoneRemindersTest {

    private static final Instant FRIDAY_MORNING = Instant.parse("2024-09-20T01:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.of(2024, 12, 31);
    private static final LocalDate MILESTONE_DAY = LocalDate.of(2024, 10, 31); // a Thursday
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @BeforeEach
    void friday() {
        clock.set(FRIDAY_MORNING);
    }

    @Test
    void eachMilestoneHasItsOwnRemindersUntilItIsDoneOrTheWorkEnds() {
        String unit = "QZ-MS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID assignment = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID design = UUID.randomUUID();
        UUID tender = UUID.randomUUID();
        send(assignment, issued(UUID.randomUUID().toString(), assignment, plan, unit, DEADLINE));
        String setDesign = milestoneChanged(UUID.randomUUID().toString(), design, assignment, plan, unit, "SET", "完成初步设计批复",
                MILESTONE_DAY, 0);
        send(assignment, setDesign);
        send(assignment, setDesign); // redelivered: nothing twice
        // a second milestone on the same day has reminders of its own
        send(assignment, milestoneChanged(UUID.randomUUID().toString(), tender, assignment, plan, unit, "SET", "完成施工招标",
                MILESTONE_DAY, 0));

        // the default policy's 7, 3 and 1 working days before, and the day itself, for each milestone
        await("8 milestone reminders", Duration.ofSeconds(20), () -> pending(assignment).size() == 8);
        List<Map<String, Object>> today = pending(assignment).stream()
                .filter(r -> "MILESTONE_DUE_TODAY".equals(r.get("kind"))).toList();
        assertEquals(2, today.size());
        assertTrue(today.stream().allMatch(r -> "2024-10-31T01:00:00Z".equals(r.get("dueAt")) && "2024-10-31".equals(r.get("deadline"))));
        assertEquals(List.of("2024-10-22", "2024-10-28", "2024-10-30"), pending(assignment).stream()
                .filter(r -> "MILESTONE_DUE_SOON".equals(r.get("kind")) && "完成初步设计批复".equals(r.get("detail")))
                .map(r -> ((String) r.get("dueAt")).substring(0, 10)).sorted().toList());

        send(assignment, milestoneChanged(UUID.randomUUID().toString(), design, assignment, plan, unit, "DONE", "完成初步设计批复",
                MILESTONE_DAY, 1));
        await("the done milestone's reminders cancelled", Duration.ofSeconds(20), () -> pending(assignment).size() == 4);
        assertTrue(pending(assignment).stream().allMatch(r -> "完成施工招标".equals(r.get("detail"))));

        // on the day, the unit's inbox tells it which milestone is due
        while (dispatcher.dispatchDue(Instant.parse("2024-10-31T01:00:01Z"), 500) > 0) {
            // drain what is due by then
        }
        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.unitOfficer(unit)).queryParam("size", 200)
                .get("/api/v1/inbox").then().statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'MILESTONE' }");
        assertEquals(4, items.size(), items.toString());
        assertTrue(items.stream().anyMatch(i -> "阶段目标今日到期：第3项 提升企业开办便利度".equals(i.get("title"))
                && ((String) i.get("body")).contains("阶段性目标“完成施工招标”完成时间为今天（2024年10月31日）")), items.toString());

        // a malformed milestone event goes nowhere but the dead-letter topic; the consumer goes on
        String brokenId = UUID.randomUUID().toString();
        send(assignment, milestoneChanged(brokenId, UUID.randomUUID(), assignment, plan, "", "SET", "x", MILESTONE_DAY, 0));
        kafka.await(TASK_TOPIC + ".dlq.notification-service", r -> r.value().contains(brokenId), Duration.ofSeconds(20));
        // the work completed: what is still pending of its milestones is cancelled
        UUID late = UUID.randomUUID();
        send(assignment, milestoneChanged(UUID.randomUUID().toString(), late, assignment, plan, unit, "SET", "完成竣工验收",
                LocalDate.of(2024, 12, 20), 0));
        await("the late milestone's reminders", Duration.ofSeconds(20), () -> pending(assignment).size() == 4);
        send(assignment, changed(UUID.randomUUID().toString(), assignment, plan, unit, "COMPLETE", "COMPLETED", DEADLINE, null));
        await("no milestone reminder pending once the work is completed", Duration.ofSeconds(20),
                () -> pending(assignment).isEmpty());
    }

    private void send(UUID assignment, String event) {
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), event);
    }

    private static List<Map<String, Object>> pending(UUID assignment) {
        return given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", assignment).get("/api/v1/reminders")
                .then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind.startsWith('MILESTONE') && it.status == 'PENDING' }");
    }
}
