package org.supervision.task.milestone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.supervision.contracts.EventSchemas;
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

/** 阶段性目标 through the API with real tokens: only the lead unit splits its work; each change is published. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class MilestonesTest {

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Test
    void theLeadUnitSplitsItsWorkIntoMilestonesAndMarksThemDone() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String lead = plan.assignmentOf(PublishedPlan.FGW, "1");
        String cooperating = plan.assignmentOf(PublishedPlan.SCJG, "1");
        String fgw = TestTokens.unitOfficer(PublishedPlan.FGW);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String body = "{\"title\": \"完成初步设计批复\", \"dueDate\": \"%s\"}".formatted(today.plusDays(20));

        given().auth().oauth2(TestTokens.unitOfficer(PublishedPlan.SCJG)).contentType(ContentType.JSON).body(body)
                .when().post(milestones(cooperating)).then().statusCode(403).body("type", equalTo(
                        "https://supervision.example.org/problems/lead-unit-only"));
        given().auth().oauth2(TestTokens.unitOfficer(PublishedPlan.SCJG)).contentType(ContentType.JSON).body(body)
                .when().post(milestones(lead)).then().statusCode(404);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(body)
                .when().post(milestones(lead)).then().statusCode(403);
        given().auth().oauth2(fgw).contentType(ContentType.JSON)
                .body("{\"title\": \"已过去\", \"dueDate\": \"%s\"}".formatted(today.minusDays(1)))
                .when().post(milestones(lead)).then().statusCode(400).body("errors[0].rule", equalTo("not-in-past"));
        given().auth().oauth2(fgw).contentType(ContentType.JSON).body("{\"title\": \"晚于时限\", \"dueDate\": \"2031-01-01\"}")
                .when().post(milestones(lead)).then().statusCode(422).body("errors[0].rule", equalTo("within-deadline"));
        given().auth().oauth2(fgw).contentType(ContentType.JSON).body("{\"title\": \" \", \"dueDate\": \"2030-01-01\"}")
                .when().post(milestones(lead)).then().statusCode(400);

        ExtractableResponse<Response> created = given().auth().oauth2(fgw).contentType(ContentType.JSON).body(body)
                .when().post(milestones(lead)).then().statusCode(201).body("state", equalTo("OPEN"))
                .body("title", equalTo("完成初步设计批复")).extract();
        String milestoneId = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/assignments/" + lead + "/milestones/" + milestoneId));
        given().auth().oauth2(fgw).contentType(ContentType.JSON)
                .body("{\"title\": \"完成施工招标\", \"dueDate\": \"%s\"}".formatted(today.plusDays(5)))
                .when().post(milestones(lead)).then().statusCode(201);

        given().auth().oauth2(TestTokens.leader()).when().get(milestones(lead)).then().statusCode(200)
                .body("title", contains("完成施工招标", "完成初步设计批复"));
        given().auth().oauth2(TestTokens.unitOfficer(PublishedPlan.SPJ)).when().get(milestones(lead)).then().statusCode(404);

        String done = milestones(lead) + "/" + milestoneId + "/done";
        given().auth().oauth2(fgw).contentType(ContentType.JSON).body("{}").when().post(done).then().statusCode(428);
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", "\"5\"").body("{}").when().post(done)
                .then().statusCode(412);
        String etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body("{\"note\": \"批复文件已上传\"}").when().post(done).then().statusCode(200)
                .body("state", equalTo("DONE")).body("doneNote", equalTo("批复文件已上传")).extract().header("ETag");
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body("{}").when().post(done)
                .then().statusCode(409);

        List<ConsumerRecord<String, String>> events = kafka.awaitAll(Topics.TASK, r -> lead.equals(r.key())
                && r.value().contains("supervision.assignment.milestone-changed.v1"), 3, Duration.ofSeconds(20));
        events.forEach(r -> EventSchemas.assertEvent(r.value()));
        assertTrue(events.get(2).value().contains("\"action\":\"DONE\"") && events.get(2).value().contains(milestoneId));
        given().auth().oauth2(fgw).when().get("/api/v1/assignments/" + lead + "/audit").then().statusCode(200)
                .body("action", contains("ISSUE", "MILESTONE_SET", "MILESTONE_SET", "MILESTONE_DONE"));
        assertEquals(3, events.size());
    }

    private static String milestones(String id) {
        return "/api/v1/assignments/" + id + "/milestones";
    }
}
