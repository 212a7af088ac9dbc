package org.supervision.plan.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.supervision.contracts.EventSchemas;
import org.supervision.contracts.EventType;
import org.supervision.contracts.Topics;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Every event plan-service really sends, made through its API and read back from Kafka, is valid by the
 * contracts' schemas: the envelope by the envelope's, its data by its type's. Each type plan-service owns
 * (every type of the plan and unit topics but the legacy plan.published.v1) is sent at least once, with
 * nullable fields both set and left empty.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class OutgoingEventsMatchContractsTest {

    private static final Set<String> SENT = new TreeSet<>();

    @Test
    void everyEventPlanServiceSendsIsValidByItsContract() {
        String marker = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        // a unit without parent or short name, then changed to have both
        ExtractableResponse<Response> unit = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"code": "T-C-%s", "name": "钦州市契约测试局%s", "kind": "department"}""".formatted(marker, marker))
                .when().post("/api/v1/units").then().statusCode(201).extract();
        String unitId = unit.path("id");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", unit.header("ETag"))
                .body("""
                        {"code": "T-C-%s", "name": "钦州市契约测试局%s", "shortName": "契约局%s", "kind": "department",
                         "parentId": "17bf253a-bc24-5d50-967a-2343ac3b9e98", "aliases": ["市契约局%s"]}"""
                        .formatted(marker, marker, marker, marker))
                .when().put("/api/v1/units/" + unitId).then().statusCode(200);
        checkSent(Topics.UNIT, unitId, "supervision.unit.created.v1");
        checkSent(Topics.UNIT, unitId, "supervision.unit.changed.v1");

        ExtractableResponse<Response> group = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"code": "T-CG-%s", "name": "契约测试各单位%s", "members": ["%s"]}""".formatted(marker, marker, unitId))
                .when().post("/api/v1/units/groups").then().statusCode(201).extract();
        String groupId = group.path("id");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", group.header("ETag"))
                .body("""
                        {"code": "T-CG-%s", "name": "契约测试各单位%s", "aliases": ["契约测试各单位（组）%s"],
                         "members": ["%s", "17bf253a-bc24-5d50-967a-2343ac3b9e98"]}""".formatted(marker, marker, marker, unitId))
                .when().put("/api/v1/units/groups/" + groupId).then().statusCode(200);
        checkSent(Topics.UNIT, groupId, "supervision.unit.group.changed.v1", 2);

        // a plan without 文号 or issuer, published at once: its header and one measure.published
        ExtractableResponse<Response> plan = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"title": "契约测试实施方案%s", "year": 2026,
                         "measures": [{"number": "1", "title": "推进政务服务“一网通办”", "leadUnits": ["钦州市契约测试局%s"]}]}"""
                        .formatted(marker, marker))
                .when().post("/api/v1/plans").then().statusCode(201).extract();
        String planId = plan.path("plan.id");
        String location = "/api/v1/plans/" + planId;
        String parentId = plan.path("measures[0].id");
        checkSent(Topics.PLAN, planId, "supervision.plan.published.v2");
        checkSent(Topics.PLAN, planId, "supervision.plan.measure.published.v1");

        // a sub-item naming the group, with a target and the plan's words for its deadline
        String subItem = """
                {"number": "（1）", "path": ["一、重点任务"], "title": "%s", "parentId": "%s",
                 "leadUnits": [{"unitId": "%s", "mention": "契约局"}], "cooperatingUnits": [{"groupId": "%s"}],
                 "deadline": "%s", "deadlineText": "2026年11月底前",
                 "targets": [{"text": "办件量不少于1.5万件", "metric": "办件量", "comparator": ">=", "value": 1.5, "unit": "万件"}],
                 "reason": "%s"}""";
        ExtractableResponse<Response> added = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .header("If-Match", plan.header("ETag"))
                .body(subItem.formatted("完善12345热线", parentId, unitId, groupId, "2026-11-30", "补充子项"))
                .when().post(location + "/measures").then().statusCode(201).extract();
        String etag = added.header("ETag");
        String subItemId = added.header("Location").substring(added.header("Location").lastIndexOf('/') + 1);
        checkSent(Topics.PLAN, planId, "supervision.plan.measure.added.v1");
        etag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(subItem.formatted("完善12345热线", parentId, unitId, groupId, "2026-12-15", "受台风影响顺延"))
                .when().put(location + "/measures/" + subItemId).then().statusCode(200).extract().header("ETag");
        checkSent(Topics.PLAN, planId, "supervision.plan.measure.deadline-changed.v1");
        etag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(subItem.formatted("完善12345政务服务便民热线", parentId, unitId, groupId, "2026-12-15", ""))
                .when().put(location + "/measures/" + subItemId).then().statusCode(200).extract().header("ETag");
        checkSent(Topics.PLAN, planId, "supervision.plan.measure.changed.v1");
        given().auth().oauth2(TestTokens.supervisor()).header("If-Match", etag)
                .when().delete(location + "/measures/" + parentId).then().statusCode(200);
        checkSent(Topics.PLAN, planId, "supervision.plan.measure.withdrawn.v1", 2); // the measure and its sub-item

        Set<String> owned = Arrays.stream(EventType.values())
                .filter(t -> t.topic().equals(Topics.PLAN) || t.topic().equals(Topics.UNIT))
                .filter(t -> t != EventType.PLAN_PUBLISHED_V1) // legacy: read, no longer sent
                .map(EventType::type).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(owned, SENT, "every type plan-service sends was sent and checked");
    }

    private static void checkSent(String topic, String key, String type) {
        checkSent(topic, key, type, 1);
    }

    /** Waits for {@code count} events of {@code type} under {@code key} and checks each against the contracts. */
    private static void checkSent(String topic, String key, String type, int count) {
        KafkaTestClient.ofPlatform().awaitAll(topic, r -> key.equals(r.key()) && r.value().contains("\"" + type + "\""),
                count, Duration.ofSeconds(20)).forEach(r -> {
                    EventType sent = EventSchemas.assertEvent(r.value());
                    assertEquals(type, sent.type());
                    assertEquals(topic, sent.topic(), type + " travels on its topic");
                    assertEquals(key, subject(r.value()), "keyed by its subject");
                    SENT.add(type);
                });
    }

    private static String subject(String json) {
        try {
            return EventSchemas.JSON.readTree(json).path("subject").asText();
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }
}
