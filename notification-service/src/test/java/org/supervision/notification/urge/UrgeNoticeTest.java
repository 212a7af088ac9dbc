package org.supervision.notification.urge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.await;
import static org.supervision.notification.testing.TaskEventFixtures.issued;
import static org.supervision.notification.testing.TaskEventFixtures.urged;
import static org.supervision.notification.testing.UnitEventFixtures.knownUnit;

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

/** 催办 by hand reaches the unit at once through its inbox, its officers' mail and the webhooks, once per urge. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class UrgeNoticeTest {

    static final Instant FRIDAY_MORNING = Instant.parse("2024-09-20T01:00:00Z");
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    TestClock clock;

    @BeforeEach
    void friday() {
        clock.set(FRIDAY_MORNING);
    }

    @Test
    void anUrgeIsToldAtOnceThroughEveryChannelOfTheUnitAndARedeliveryTellsOnce() {
        String unit = "QZ-URGE-" + suffix();
        knownUnit(kafka, unit);
        String officer = "officer-" + unit.toLowerCase() + "@qinzhou.example";
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("officers", List.of(officer), "leaders", List.of()))
                .put("/api/v1/unit-contacts/" + unit).then().statusCode(200);
        String webhook = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("name", "短信平台-" + unit, "url", "http://127.0.0.1:9/in")).post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id");
        try {
            UUID assignment = UUID.randomUUID();
            UUID plan = UUID.randomUUID();
            LocalDate deadline = LocalDate.of(2024, 10, 31);
            kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), issued(UUID.randomUUID().toString(), assignment, plan, unit, deadline));
            String first = UUID.randomUUID().toString();
            kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), urged(first, assignment, plan, unit, deadline, 1,
                    "请于本周五前报送整改进展"));
            kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), urged(first, assignment, plan, unit, deadline, 1,
                    "请于本周五前报送整改进展")); // redelivered
            // an urge is a reminder due at its instant: the second one comes later (items of one instant have no order)
            await("the first urge in the inbox of " + unit, Duration.ofSeconds(20), () -> urges(unit).size() >= 1);
            clock.set(FRIDAY_MORNING.plusSeconds(60));
            kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), urged(UUID.randomUUID().toString(), assignment, plan, unit,
                    deadline, 2, null));

            await("two urges in the inbox of " + unit, Duration.ofSeconds(20), () -> urges(unit).size() >= 2);
            List<Map<String, Object>> items = urges(unit);
            assertEquals(2, items.size(), "one item per urge, the redelivery told nothing: " + items);
            assertEquals("督查催办：第3项 提升企业开办便利度", items.get(1).get("title"));
            assertTrue(((String) items.get(1).get("body")).contains("催办意见：请于本周五前报送整改进展"), (String) items.get(1).get("body"));
            assertTrue(((String) items.get(0).get("body")).contains("进行催办，完成时限为2024年10月31日，请抓紧办理"),
                    (String) items.get(0).get("body"));

            List<Map<String, Object>> reminders = given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", assignment)
                    .get("/api/v1/reminders").then().statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'URGED' }");
            assertEquals(2, reminders.size());
            assertTrue(reminders.stream().allMatch(r -> "SENT".equals(r.get("status"))), reminders.toString());
            Object withMessage = reminders.stream().filter(r -> r.get("detail") != null).findFirst().orElseThrow().get("id");
            List<String> deliveries = given().auth().oauth2(TestTokens.supervisor())
                    .get("/api/v1/deliveries/by-reminder/" + withMessage).then().statusCode(200).extract().jsonPath()
                    .getList("collect { it.channel + ' ' + it.status }");
            assertEquals(List.of("EMAIL PENDING", "INBOX SENT", "WEBHOOK PENDING"), deliveries.stream().sorted().toList());
        } finally {
            given().auth().oauth2(TestTokens.supervisor()).delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
        }
    }

    @Test
    void anUrgeOfWorkNeverSeenHereIsToldAllTheSame() {
        String unit = "QZ-URGE-" + suffix();
        UUID assignment = UUID.randomUUID();
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), urged(UUID.randomUUID().toString(), assignment,
                UUID.randomUUID(), unit, null, 1, "请尽快签收"));
        await("the urge in the inbox of " + unit, Duration.ofSeconds(20), () -> urges(unit).size() == 1);
        assertEquals("督查催办：第3项 提升企业开办便利度", urges(unit).get(0).get("title"));
    }

    private static List<Map<String, Object>> urges(String unit) {
        return given().auth().oauth2(TestTokens.unitOfficer(unit)).queryParam("size", 200).get("/api/v1/inbox").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'URGE' }");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
