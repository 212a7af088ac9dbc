package org.supervision.task.pending;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
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

/** The office's to-do queue: what waits for it, oldest first, per kind and plan; who may read it. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class PendingQueueTest {

    private static final String PENDING = "/api/v1/supervision/pending";
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Test
    void everyKindOfWaitingWorkIsListedOldestFirstWithCountsAndLeavesTheQueueWhenDecided() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        PublishedPlan other = PublishedPlan.publish(kafka);
        String fgw = plan.assignmentOf(PublishedPlan.FGW, "1");
        String scjg = plan.assignmentOf(PublishedPlan.SCJG, "1");
        String spj = plan.assignmentOf(PublishedPlan.SPJ, "1");
        String fgwOfficer = TestTokens.unitOfficer(PublishedPlan.FGW);

        // 1. FGW asks for completion (申请办结)
        String tag = act(fgwOfficer, fgw, "accept", PublishedPlan.etagOf(fgw), "{}", 200);
        tag = act(fgwOfficer, fgw, "reports", tag, "{\"percent\": 100, \"narrative\": \"已全部完成\"}", 201);
        act(fgwOfficer, fgw, "completion-request", tag, "{\"summary\": \"已完成准入退出机制建设\"}", 200);
        // 2. SCJG disputes its work (退回)
        String disputed = act(TestTokens.unitOfficer(PublishedPlan.SCJG), scjg, "dispute", PublishedPlan.etagOf(scjg),
                "{\"reason\": \"不属于本单位职责\"}", 200);
        // 3. SPJ asks for more time (延期申请)
        String spjOfficer = TestTokens.unitOfficer(PublishedPlan.SPJ);
        tag = act(spjOfficer, spj, "accept", PublishedPlan.etagOf(spj), "{}", 200);
        ExtractableResponse<Response> extension = given().auth().oauth2(spjOfficer).contentType(ContentType.JSON)
                .header("If-Match", tag).body("{\"requestedDeadline\": \"2031-06-30\", \"reason\": \"系统采购延迟\"}")
                .when().post("/api/v1/assignments/" + spj + "/extensions").then().statusCode(201).extract();
        // 4. FGW answers a 督办单
        ExtractableResponse<Response> notice = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"unitCode": "%s", "assignmentIds": ["%s"], "title": "关于待办测试的督办单", "body": "请书面报告进展。",
                         "respondBy": "%s"}""".formatted(PublishedPlan.FGW, fgw, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5)))
                .when().post("/api/v1/notices").then().statusCode(201).extract();
        given().auth().oauth2(fgwOfficer).contentType(ContentType.JSON).header("If-Match", notice.header("ETag"))
                .body("{\"text\": \"已书面报告。\"}").when().post("/api/v1/notices/" + notice.path("id") + "/response")
                .then().statusCode(200);
        // another plan's waiting work is not in this plan's queue
        String elsewhere = other.assignmentOf(PublishedPlan.SCJG, "1");
        act(TestTokens.unitOfficer(PublishedPlan.SCJG), elsewhere, "dispute", PublishedPlan.etagOf(elsewhere),
                "{\"reason\": \"不属于本单位职责\"}", 200);

        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).when().get(PENDING)
                .then().statusCode(200)
                .body("items.kind", contains("COMPLETION_REQUEST", "DISPUTE", "EXTENSION_REQUEST", "NOTICE_RESPONSE"))
                .body("items.assignmentId", contains(fgw, scjg, spj, fgw))
                .body("items[0].detail", equalTo("已完成准入退出机制建设"))
                .body("items[0].actionPath", equalTo("/api/v1/assignments/" + fgw + "/review"))
                .body("items[1].detail", equalTo("不属于本单位职责"))
                .body("items[2].extensionId", equalTo(extension.path("id")))
                .body("items[2].requestedDeadline", equalTo("2031-06-30"))
                .body("items[3].noticeId", equalTo(notice.path("id")))
                .body("items[3].detail", equalTo("已书面报告。"))
                .body("items[3].actionPath", equalTo("/api/v1/notices/" + notice.path("id") + "/close"))
                .body("counts.COMPLETION_REQUEST", equalTo(1)).body("counts.DISPUTE", equalTo(1))
                .body("counts.EXTENSION_REQUEST", equalTo(1)).body("counts.NOTICE_RESPONSE", equalTo(1))
                .body("total", equalTo(4));
        // a kind narrows the list, not the counts; pages follow the same order
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("kind", "DISPUTE")
                .when().get(PENDING).then().statusCode(200).body("items.assignmentId", contains(scjg))
                .body("total", equalTo(1)).body("counts.NOTICE_RESPONSE", equalTo(1));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("size", 2)
                .queryParam("page", 1).when().get(PENDING).then().statusCode(200)
                .body("items.kind", contains("EXTENSION_REQUEST", "NOTICE_RESPONSE")).body("total", equalTo(4));
        // leaders read it
        given().auth().oauth2(TestTokens.leader()).queryParam("planId", other.planId()).when().get(PENDING)
                .then().statusCode(200).body("items.assignmentId", contains(elsewhere)).body("total", equalTo(1));

        // decided: the dispute rejected leaves the queue
        act(TestTokens.supervisor(), scjg, "dispute-decision", disputed, "{\"decision\": \"REJECT\", \"reason\": \"职责明确\"}", 200);
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).when().get(PENDING)
                .then().statusCode(200).body("items.kind", contains("COMPLETION_REQUEST", "EXTENSION_REQUEST", "NOTICE_RESPONSE"))
                .body("counts.DISPUTE", equalTo(0)).body("total", equalTo(3));
    }

    @Test
    void unitOfficersAndIntegrationsMayNotReadTheOfficesQueue() {
        given().auth().oauth2(TestTokens.unitOfficer(PublishedPlan.FGW)).when().get(PENDING).then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).when().get(PENDING).then().statusCode(403);
        given().when().get(PENDING).then().statusCode(401);
    }

    @Test
    void anUnknownKindOrSizeIsRefusedNamingTheParameter() {
        given().auth().oauth2(TestTokens.supervisor()).queryParam("kind", "RETURNED_REPORT").when().get(PENDING)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("size", 0).when().get(PENDING)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", "not-a-uuid").when().get(PENDING)
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static String act(String token, String id, String action, String etag, String body, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().post("/api/v1/assignments/" + id + "/" + action).then().statusCode(status).extract().header("ETag");
    }
}
