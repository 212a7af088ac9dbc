package org.supervision.task.assignment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class AssignmentsFromPlanEventsTest {

    private static final String PLAN_TOPIC = "supervision.plan.v1";
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    /** A plan.published event as plan-service writes it: one measure, a lead and a cooperating unit. */
    private static String planPublished(String eventId, UUID planId, UUID measureId, UUID leadId, UUID coopId) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/supervision/plan-service",
                 "type": "supervision.plan.published.v1", "subject": "%s", "time": "2024-01-22T08:00:00Z",
                 "datacontenttype": "application/json",
                 "data": {"planId": "%s", "title": "钦州市实施方案", "year": 2024, "futureField": true,
                          "measures": [{"measureId": "%s", "number": "1", "title": "健全透明规范准入退出机制",
                                        "deadline": "2024-12-31",
                                        "units": [{"unitId": "%s", "unitCode": "QZ-FGW", "unitName": "市发展改革委", "role": "LEAD"},
                                                  {"unitId": "%s", "unitCode": "QZ-SCJG", "unitName": "市市场监管局", "role": "COOPERATING"}]}]}}
                """.formatted(eventId, planId, planId, measureId, leadId, coopId);
    }

    @Test
    void aPublishedPlanBecomesOneAssignmentPerUnitAndARedeliveryChangesNothing() {
        UUID planId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = planPublished(eventId, planId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        kafka.sendCloudEvent(PLAN_TOPIC, planId.toString(), event);

        JsonPath assignments = awaitAssignments(planId, 2);
        List<String> issuedTo = new java.util.ArrayList<>(assignments.getList("collect { it.unitCode + ':' + it.role + ':' + it.state }"));
        java.util.Collections.sort(issuedTo);
        assertEquals(List.of("QZ-FGW:LEAD:ISSUED", "QZ-SCJG:COOPERATING:ISSUED"), issuedTo);
        assertEquals("2024-12-31", assignments.getString("[0].deadline"));

        // the same event again, then the same plan under a new event id (a replay): still two
        kafka.sendCloudEvent(PLAN_TOPIC, planId.toString(), event);
        kafka.sendCloudEvent(PLAN_TOPIC, planId.toString(), event.replace(eventId, UUID.randomUUID().toString()));
        String marker = sendMarkerPlan(planId.toString()); // same key, same partition: processed after the redeliveries
        awaitAssignments(UUID.fromString(marker), 2);
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId).when().get("/api/v1/assignments")
                .then().statusCode(200).body("$", hasSize(2));

        // each new assignment was announced once on the task topic
        List<String> issued = kafka.awaitAll("supervision.task.v1",
                r -> r.value().contains(planId.toString()) && r.value().contains("supervision.assignment.issued.v1"), 2,
                Duration.ofSeconds(20)).stream().map(r -> JsonPath.from(r.value()).getString("data.unitCode")).toList();
        assertEquals(2, issued.size());
    }

    /** A heading longer than the section column (a draft imported before plan-service cut them) still issues the work. */
    @Test
    void aPlanWithAHeadingLongerThanASectionIsIssuedWithTheHeadingCut() {
        UUID planId = UUID.randomUUID();
        String heading = "一、" + "持续优化营商环境".repeat(50);
        String event = planPublished(UUID.randomUUID().toString(), planId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())
                .replace("\"number\": \"1\",", "\"number\": \"1\", \"path\": [\"" + heading + "\"],");
        kafka.sendCloudEvent(PLAN_TOPIC, planId.toString(), event);

        JsonPath assignments = awaitAssignments(planId, 2);
        assertEquals(heading.substring(0, 300), assignments.getString("[0].section"));
        assertEquals(List.of(heading), assignments.getList("[0].path"));
    }

    @Test
    void aUnitOfficerSeesOnlyTheirUnitsAssignmentsAnd404ForOthers() {
        UUID planId = UUID.randomUUID();
        kafka.sendCloudEvent(PLAN_TOPIC, planId.toString(),
                planPublished(UUID.randomUUID().toString(), planId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
        JsonPath all = awaitAssignments(planId, 2);
        String fgwAssignment = all.getString("find { it.unitCode == 'QZ-FGW' }.id");

        given().auth().oauth2(TestTokens.unitOfficer("QZ-SCJG")).queryParam("planId", planId).when().get("/api/v1/assignments")
                .then().statusCode(200).body("unitCode", contains("QZ-SCJG"));
        given().auth().oauth2(TestTokens.unitOfficer("QZ-SCJG")).queryParam("size", 200).when().get("/api/v1/assignments")
                .then().statusCode(200).body("unitCode", everyItem(equalTo("QZ-SCJG")));
        given().auth().oauth2(TestTokens.unitOfficer("QZ-SCJG")).when().get("/api/v1/assignments/" + fgwAssignment)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).when().get("/api/v1/assignments/" + fgwAssignment)
                .then().statusCode(200).body("measureTitle", equalTo("健全透明规范准入退出机制"));
        // a unit officer whose token names no unit sees nothing
        given().auth().oauth2(TestTokens.token("nobody", List.of("unit-officer"), null)).when().get("/api/v1/assignments")
                .then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(TestTokens.leader()).when().get("/api/v1/assignments/" + fgwAssignment)
                .then().statusCode(200);
    }

    /** An event over Kafka's 1 MiB default (a large plan) that cannot be processed still reaches the dead letters. */
    @Test
    void anUnreadableEventOverOneMebibyteReachesTheDeadLetterTopicAndDoesNotBlockTheNextOne() {
        String padding = "长".repeat(400_000); // 1.2 MB in UTF-8
        kafka.sendCloudEvent(PLAN_TOPIC, "broken-large", "{\"specversion\": \"1.0\", \"id\": \"" + UUID.randomUUID()
                + "\", \"type\": \"supervision.plan.published.v1\", \"data\": {\"planId\": \"not-a-uuid\", \"note\": \""
                + padding + "\"}}");
        String marker = sendMarkerPlan("broken-large");
        awaitAssignments(UUID.fromString(marker), 2);
        var dead = kafka.await("supervision.plan.v1.dlq.task-service", r -> "broken-large".equals(r.key()), Duration.ofSeconds(20));
        assertTrue(dead.value().contains(padding), "the whole event, as it came");
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndDoesNotBlockTheNextOne() {
        String garbage = "{\"specversion\": \"1.0\", \"id\": \"" + UUID.randomUUID() + "\", \"type\": \"supervision.plan.published.v1\", "
                + "\"data\": {\"planId\": \"not-a-uuid\"}}";
        kafka.sendCloudEvent(PLAN_TOPIC, "broken", garbage);
        kafka.sendRaw(PLAN_TOPIC, "broken", "这不是JSON");
        String marker = sendMarkerPlan("broken");
        awaitAssignments(UUID.fromString(marker), 2);

        var dead = kafka.awaitAll("supervision.plan.v1.dlq.task-service", r -> "broken".equals(r.key()), 2, Duration.ofSeconds(20));
        var reason = dead.get(0).headers().lastHeader("dead-letter-reason");
        org.junit.jupiter.api.Assertions.assertNotNull(reason, "the dead letter says why");
        org.junit.jupiter.api.Assertions.assertFalse(new String(reason.value(), StandardCharsets.UTF_8).isBlank());
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments?size=200")
                .then().statusCode(200).body("planId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("not-a-uuid")));
    }

    @Test
    void withoutATokenTheListIsRefused() {
        given().when().get("/api/v1/assignments").then().statusCode(401);
    }

    private String sendMarkerPlan(String key) {
        UUID planId = UUID.randomUUID();
        kafka.sendCloudEvent(PLAN_TOPIC, key, planPublished(UUID.randomUUID().toString(), planId, UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID()));
        return planId.toString();
    }

    private static JsonPath awaitAssignments(UUID planId, int count) {
        Supplier<JsonPath> read = () -> given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId)
                .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonPath page = read.get();
        while (page.getList("$").size() < count && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
            page = read.get();
        }
        assertEquals(count, page.getList("$").size(), "assignments of plan " + planId);
        return page;
    }
}
