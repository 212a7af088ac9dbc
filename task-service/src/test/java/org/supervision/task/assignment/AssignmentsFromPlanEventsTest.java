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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.contracts.plan.MeasureChanged;
import org.supervision.contracts.plan.MeasureData;
import org.supervision.contracts.plan.MeasurePublished;
import org.supervision.task.testing.IncomingEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class AssignmentsFromPlanEventsTest {

    private static final String PLAN_TOPIC = "supervision.plan.v1";
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    EntityManager entityManager;

    /**
     * A plan.published (v1) event as plan-service wrote it: one measure, a lead and a cooperating unit, and a
     * field in its data that this consumer does not know (a later producer's), which it must pass over.
     */
    private static String planPublished(UUID planId, List<String> path) {
        return IncomingEvents.withFieldAddedToData(IncomingEvents.planPublishedV1(planId, "钦州市实施方案", 2024,
                IncomingEvents.measure(UUID.randomUUID(), "1", path, "健全透明规范准入退出机制", LocalDate.of(2024, 12, 31),
                        IncomingEvents.lead(UUID.randomUUID(), "QZ-FGW", "市发展改革委"),
                        IncomingEvents.cooperating(UUID.randomUUID(), "QZ-SCJG", "市市场监管局"))), "futureField", true);
    }

    private static String planPublished(UUID planId) {
        return planPublished(planId, List.of());
    }

    @Test
    void aPublishedPlanBecomesOneAssignmentPerUnitAndARedeliveryChangesNothing() {
        UUID planId = UUID.randomUUID();
        String event = planPublished(planId);
        kafka.sendCloudEvent(PLAN_TOPIC, planId.toString(), event);

        JsonPath assignments = awaitAssignments(planId, 2);
        List<String> issuedTo = new java.util.ArrayList<>(assignments.getList("collect { it.unitCode + ':' + it.role + ':' + it.state }"));
        java.util.Collections.sort(issuedTo);
        assertEquals(List.of("QZ-FGW:LEAD:ISSUED", "QZ-SCJG:COOPERATING:ISSUED"), issuedTo);
        assertEquals("2024-12-31", assignments.getString("[0].deadline"));

        // the same event again, then the same plan under a new event id (a replay): still two
        kafka.sendCloudEvent(PLAN_TOPIC, planId.toString(), event);
        kafka.sendCloudEvent(PLAN_TOPIC, planId.toString(), IncomingEvents.withNewId(event));
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

    /** A measure event (measure.published, or a change such as measure.added) with one lead and one cooperating unit. */
    private static String measureEvent(String type, UUID planId, String number) {
        MeasureData measure = IncomingEvents.measure(UUID.randomUUID(), number, List.of("一、重点任务"), "第" + number + "项措施",
                LocalDate.of(2024, 12, 31), IncomingEvents.lead(UUID.randomUUID(), "QZ-FGW", "市发展改革委"),
                IncomingEvents.cooperating(UUID.randomUUID(), "QZ-SCJG", "市市场监管局"));
        return type.equals(MeasurePublished.TYPE) ? IncomingEvents.measurePublished(planId, measure)
                : IncomingEvents.measureChanged(type, planId, measure, null, null);
    }

    private static final String MEASURE_PUBLISHED = MeasurePublished.TYPE;
    private static final String MEASURE_ADDED = MeasureChanged.ADDED;

    @Test
    void aPlanPublishedAsItsHeaderAndAnEventPerMeasureIsIssuedUnderThePlansTitleAndNothingTwice() {
        UUID planId = UUID.randomUUID();
        String key = planId.toString();
        String title = "钦州市分条发布测试方案" + planId;
        kafka.sendCloudEvent(PLAN_TOPIC, key, IncomingEvents.planPublished(planId, title, 2));
        String first = measureEvent(MEASURE_PUBLISHED, planId, "1");
        kafka.sendCloudEvent(PLAN_TOPIC, key, first);
        kafka.sendCloudEvent(PLAN_TOPIC, key, measureEvent(MEASURE_PUBLISHED, planId, "2"));

        JsonPath assignments = awaitAssignments(planId, 4);
        assertEquals(List.of(title), assignments.getList("planTitle").stream().distinct().toList());
        List<String> issuedTo = new java.util.ArrayList<>(assignments.getList("collect { it.measureNumber + ':' + it.unitCode + ':' + it.role }"));
        java.util.Collections.sort(issuedTo);
        assertEquals(List.of("1:QZ-FGW:LEAD", "1:QZ-SCJG:COOPERATING", "2:QZ-FGW:LEAD", "2:QZ-SCJG:COOPERATING"), issuedTo);

        // a measure added later takes the title the header gave, as do its assignments
        kafka.sendCloudEvent(PLAN_TOPIC, key, measureEvent(MEASURE_ADDED, planId, "3"));
        assertEquals(List.of(title), awaitAssignments(planId, 6).getList("planTitle").stream().distinct().toList());

        // the same measure event again, and the whole plan replayed under new event ids: nothing is issued twice
        kafka.sendCloudEvent(PLAN_TOPIC, key, first);
        kafka.sendCloudEvent(PLAN_TOPIC, key, IncomingEvents.planPublished(planId, title, 2));
        kafka.sendCloudEvent(PLAN_TOPIC, key, IncomingEvents.withNewId(first));
        String marker = sendMarkerPlan(key); // same key, same partition: processed after the redeliveries
        awaitAssignments(UUID.fromString(marker), 2);
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId).when().get("/api/v1/assignments")
                .then().statusCode(200).body("$", hasSize(6));
    }

    /** A plan whose header this service never saw (published as v1 before headers were kept, or the header lost). */
    @Test
    void aMeasureEventOfAPlanWithoutAHeaderTakesTheTitleOfThePlansAssignmentsOrNone() {
        UUID unknownPlan = UUID.randomUUID();
        kafka.sendCloudEvent(PLAN_TOPIC, unknownPlan.toString(),
                measureEvent(MEASURE_PUBLISHED, unknownPlan, "1"));
        assertEquals(List.of(""), awaitAssignments(unknownPlan, 2).getList("planTitle").stream().distinct().toList());

        UUID v1Plan = UUID.randomUUID();
        kafka.sendCloudEvent(PLAN_TOPIC, v1Plan.toString(),
                planPublished(v1Plan));
        awaitAssignments(v1Plan, 2);
        // as if published before this version kept headers: only its assignments know the title
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from plan where id = ?1")
                .setParameter(1, v1Plan).executeUpdate());
        kafka.sendCloudEvent(PLAN_TOPIC, v1Plan.toString(),
                measureEvent(MEASURE_ADDED, v1Plan, "2"));
        assertEquals(List.of("钦州市实施方案"), awaitAssignments(v1Plan, 4).getList("planTitle").stream().distinct().toList());
    }

    /** A heading longer than the section column (a draft imported before plan-service cut them) still issues the work. */
    @Test
    void aPlanWithAHeadingLongerThanASectionIsIssuedWithTheHeadingCut() {
        UUID planId = UUID.randomUUID();
        String heading = "一、" + "持续优化营商环境".repeat(50);
        String event = planPublished(planId, List.of(heading));
        kafka.sendCloudEvent(PLAN_TOPIC, planId.toString(), event);

        JsonPath assignments = awaitAssignments(planId, 2);
        assertEquals(heading.substring(0, 300), assignments.getString("[0].section"));
        assertEquals(List.of(heading), assignments.getList("[0].path"));
    }

    @Test
    void aUnitOfficerSeesOnlyTheirUnitsAssignmentsAnd404ForOthers() {
        UUID planId = UUID.randomUUID();
        kafka.sendCloudEvent(PLAN_TOPIC, planId.toString(),
                planPublished(planId));
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
        // poison on purpose, so raw text and no contract record: a planId that is no UUID
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
        // poison on purpose, so raw text and no contract record: a planId that is no UUID, then no JSON at all
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
        kafka.sendCloudEvent(PLAN_TOPIC, key, planPublished(planId));
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
