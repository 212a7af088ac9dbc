package org.supervision.task.urge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.supervision.contracts.Topics;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.PublishedPlan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** 催办 by hand: the office urges open work, the assignment counts it, the unit is told by an event; others are refused. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class UrgeTest {

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    private static String urge(String id) {
        return "/api/v1/assignments/" + id + "/urge";
    }

    @Test
    void supervisorUrgesOpenWorkWhichCountsItKeepsTheDatesAndTellsTheUnit() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(PublishedPlan.FGW, "1");
        String etag = PublishedPlan.etagOf(id);

        ExtractableResponse<Response> first = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .header("If-Match", etag).body("{\"message\": \"该项任务进度滞后，请于本周五前报送整改进展。\"}")
                .when().post(urge(id)).then().statusCode(201)
                .header("Location", containsString("/api/v1/assignments/" + id + "/urges/"))
                .body("ordinal", equalTo(1)).body("message", equalTo("该项任务进度滞后，请于本周五前报送整改进展。"))
                .body("urgedBy", notNullValue()).extract();
        assertNotEquals(etag, first.header("ETag"), "an urge moves the assignment's version");
        String second = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .header("If-Match", first.header("ETag")).body("{}")
                .when().post(urge(id)).then().statusCode(201).body("ordinal", equalTo(2)).body("message", nullValue())
                .extract().header("ETag");

        given().auth().oauth2(TestTokens.unitOfficer(PublishedPlan.FGW)).when().get("/api/v1/assignments/" + id)
                .then().statusCode(200).header("ETag", equalTo(second)).body("urgeCount", equalTo(2))
                .body("lastUrgedAt", notNullValue()).body("state", equalTo("ISSUED"));
        // the unit reads its urges; another unit does not see the assignment at all
        given().auth().oauth2(TestTokens.unitOfficer(PublishedPlan.FGW)).when().get("/api/v1/assignments/" + id + "/urges")
                .then().statusCode(200).body("$", hasSize(2)).body("[0].ordinal", equalTo(1)).body("[1].ordinal", equalTo(2));
        given().auth().oauth2(TestTokens.unitOfficer(PublishedPlan.SCJG)).when().get("/api/v1/assignments/" + id + "/urges")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.leader()).when().get(first.header("Location").replaceFirst("^https?://[^/]+", ""))
                .then().statusCode(200).body("ordinal", equalTo(1));
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + id + "/urges/" + UUID.randomUUID())
                .then().statusCode(404);

        // the audit trail has one URGE entry per urge, with the message as its reason
        List<String> actions = given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + id + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("action");
        assertEquals(2, actions.stream().filter("URGE"::equals).count(), "audit actions " + actions);
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + id + "/audit")
                .then().body("reason", hasItem("该项任务进度滞后，请于本周五前报送整改进展。"));

        // statistics count the urges per unit
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("groupBy", "UNIT")
                .when().get("/api/v1/supervision/statistics").then().statusCode(200)
                .body("find { it.key == '%s' }.urges".formatted(PublishedPlan.FGW), equalTo(2))
                .body("find { it.key == '%s' }.urges".formatted(PublishedPlan.SCJG), equalTo(0));

        // one event per urge, for the unit, with the count
        List<ConsumerRecord<String, String>> events = kafka.awaitAll(Topics.TASK,
                r -> id.equals(r.key()) && r.value().contains("supervision.assignment.urged.v1"), 2, Duration.ofSeconds(20));
        assertTrue(events.get(0).value().contains("\"urgeCount\":1") && events.get(0).value().contains("\"unitCode\":\"QZ-FGW\""),
                events.get(0).value());
        assertTrue(events.get(0).value().contains("该项任务进度滞后"), events.get(0).value());
        assertTrue(events.get(1).value().contains("\"urgeCount\":2"), events.get(1).value());
    }

    @Test
    void onlyTheOfficeUrgesAndOnlyWithTheCurrentVersion() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(PublishedPlan.FGW, "1");
        String etag = PublishedPlan.etagOf(id);
        given().auth().oauth2(TestTokens.unitOfficer(PublishedPlan.FGW)).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{}").when().post(urge(id)).then().statusCode(403);
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{}").when().post(urge(id)).then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{}").when().post(urge(id)).then().statusCode(403);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{}").when().post(urge(id)).then().statusCode(428);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"9999\"")
                .body("{}").when().post(urge(id)).then().statusCode(412);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{}").when().post(urge(UUID.randomUUID().toString())).then().statusCode(404);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"message\": \"" + "催".repeat(2001) + "\"}").when().post(urge(id)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", containsString("message"));
        // nothing of the refused requests was counted
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + id)
                .then().statusCode(200).header("ETag", equalTo(etag)).body("urgeCount", equalTo(0)).body("lastUrgedAt", nullValue());
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + id + "/urges")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aRepeatedRequestWithTheSameIdempotencyKeyUrgesOnce() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(PublishedPlan.SCJG, "1");
        String etag = PublishedPlan.etagOf(id);
        String key = UUID.randomUUID().toString();
        String body = "{\"message\": \"请尽快签收\"}";
        ExtractableResponse<Response> first = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .header("If-Match", etag).header("Idempotency-Key", key).body(body)
                .when().post(urge(id)).then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .header("If-Match", etag).header("Idempotency-Key", key).body(body)
                .when().post(urge(id)).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id"))).header("ETag", equalTo(first.header("ETag")));
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + id)
                .then().statusCode(200).body("urgeCount", equalTo(1));
    }

    @Test
    void theBodyAndItsMessageAreOptional() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(PublishedPlan.FGW, "2");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", PublishedPlan.etagOf(id))
                .body("").when().post(urge(id)).then().statusCode(201).body("ordinal", equalTo(1)).body("message", nullValue());
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", PublishedPlan.etagOf(id))
                .body("{\"message\": \"  \"}").when().post(urge(id)).then().statusCode(201).body("ordinal", equalTo(2))
                .body("message", nullValue());
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", PublishedPlan.etagOf(id))
                .body("{\"message\": ").when().post(urge(id)).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void completedOrCancelledWorkIsNotUrged() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(PublishedPlan.SPJ, "1");
        String etag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .header("If-Match", PublishedPlan.etagOf(id)).body("{\"reason\": \"措施调整\"}")
                .when().post("/api/v1/assignments/" + id + "/cancel").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"message\": \"请办理\"}").when().post(urge(id)).then().statusCode(409)
                .contentType("application/problem+json").body("allowed", hasItem("reopen"));
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + id)
                .then().statusCode(200).body("urgeCount", equalTo(0)).header("ETag", equalTo(etag));
    }
}
