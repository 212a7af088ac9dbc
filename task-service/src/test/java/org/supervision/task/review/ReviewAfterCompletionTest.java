package org.supervision.task.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.contracts.EventSchemas;
import org.supervision.contracts.Topics;
import org.supervision.contracts.plan.MeasureData;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.IncomingEvents;
import org.supervision.task.testing.PublishedPlan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;

/**
 * 复核 after 销号 through the API with real tokens: a completion accepted subject to a re-inspection, the
 * re-inspection confirming or reopening, the loop's history, and a plan's completion policy refusing 销号
 * without evidence or with targets unmet.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class ReviewAfterCompletionTest {

    private static final String FGW = PublishedPlan.FGW;
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Test
    void aCompletionSubjectToReInspectionIsConfirmedOrReopenedByTheOfficeOnly() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(FGW, "1");
        String etag = toCompletionRequested(id, PublishedPlan.etagOf(id), null);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String supervisor = TestTokens.supervisor();

        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"COMPLETE\", \"reviewAt\": \"%s\"}".formatted(today))
                .when().post(action(id, "review")).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reviewAt")).body("errors[0].rule", equalTo("future-date"));
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"RETURN\", \"reason\": \"缺材料\", \"reviewAt\": \"%s\"}".formatted(today.plusDays(30)))
                .when().post(action(id, "review")).then().statusCode(400).body("errors[0].rule", equalTo("complete-only"));
        LocalDate reviewAt = today.plusDays(90);
        etag = given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"COMPLETE\", \"reason\": \"同意销号，三个月后复核\", \"reviewAt\": \"%s\"}".formatted(reviewAt))
                .when().post(action(id, "review")).then().statusCode(200)
                .body("state", equalTo("COMPLETED")).body("reviewAt", equalTo(reviewAt.toString())).extract().header("ETag");
        EventSchemas.assertEvent(kafka.await(Topics.TASK, r -> id.equals(r.key()) && r.value().contains("\"action\":\"COMPLETE\"")
                && r.value().contains("\"reviewAt\":\"" + reviewAt + "\""), Duration.ofSeconds(20)).value());

        // only the supervision office re-inspects: units (its own or another) and leaders are refused by role
        String reopen = "{\"outcome\": \"REOPENED\", \"finding\": \"复核发现：问题反弹，窗口仍要求重复提交材料\"}";
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).contentType(ContentType.JSON).header("If-Match", etag).body(reopen)
                .when().post(action(id, "re-inspection")).then().statusCode(403);
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON).header("If-Match", etag).body(reopen)
                .when().post(action(id, "re-inspection")).then().statusCode(403);
        given().auth().oauth2(TestTokens.unitOfficer(PublishedPlan.SCJG)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(reopen).when().post(action(id, "re-inspection")).then().statusCode(403);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(reopen)
                .when().post(action(id, "re-inspection")).then().statusCode(428);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", "\"99\"").body(reopen)
                .when().post(action(id, "re-inspection")).then().statusCode(412);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"outcome\": \"REOPENED\", \"finding\": \" \"}")
                .when().post(action(id, "re-inspection")).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"outcome\": \"MAYBE\", \"finding\": \"x\"}")
                .when().post(action(id, "re-inspection")).then().statusCode(400);
        etag = given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag).body(reopen)
                .when().post(action(id, "re-inspection")).then().statusCode(200)
                .body("state", equalTo("IN_PROGRESS")).body("reviewAt", nullValue()).body("completedAt", nullValue())
                .extract().header("ETag");
        kafka.await(Topics.TASK, r -> id.equals(r.key()) && r.value().contains("\"action\":\"RE_INSPECT_REOPEN\"")
                && r.value().contains("问题反弹"), Duration.ofSeconds(20));
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag).body(reopen)
                .when().post(action(id, "re-inspection")).then().statusCode(409);

        // the second round: completed again subject to re-inspection, which now confirms it
        etag = given().auth().oauth2(TestTokens.unitOfficer(FGW)).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"summary\": \"已整改到位\"}").when().post(action(id, "completion-request")).then().statusCode(200)
                .extract().header("ETag");
        etag = given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"COMPLETE\", \"reviewAt\": \"%s\"}".formatted(today.plusDays(10)))
                .when().post(action(id, "review")).then().statusCode(200).extract().header("ETag");
        etag = given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"outcome\": \"CONFIRMED\", \"finding\": \"复核确认整改到位\"}")
                .when().post(action(id, "re-inspection")).then().statusCode(200)
                .body("state", equalTo("COMPLETED")).body("reviewAt", nullValue()).extract().header("ETag");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"outcome\": \"CONFIRMED\", \"finding\": \"再次复核\"}")
                .when().post(action(id, "re-inspection")).then().statusCode(409)
                .body("type", equalTo("https://supervision.example.org/problems/no-re-inspection-pending"));

        // the loop, as the unit and the office read it; another unit does not
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).when().get(action(id, "history")).then().statusCode(200)
                .body("currentStage", equalTo("REVIEW")).body("rounds", equalTo(2)).body("state", equalTo("COMPLETED"))
                .body("stages.label", contains("发现", "整改", "复核", "反馈", "销号"))
                .body("stages.count", contains(2, 2, 1, 2, 2))
                .body("steps.action", contains("ISSUE", "ACCEPT", "REPORT", "REQUEST_COMPLETION", "COMPLETE", "RE_INSPECT_REOPEN",
                        "REQUEST_COMPLETION", "COMPLETE", "RE_INSPECT_CONFIRM"))
                .body("steps.find { it.action == 'RE_INSPECT_REOPEN' }.reason", equalTo("复核发现：问题反弹，窗口仍要求重复提交材料"));
        given().auth().oauth2(TestTokens.unitOfficer(PublishedPlan.SCJG)).when().get(action(id, "history")).then().statusCode(404);
        given().auth().oauth2(TestTokens.leader()).when().get(action(UUID.randomUUID().toString(), "history")).then().statusCode(404);
    }

    @Test
    void aPlansCompletionPolicyRefusesCompletionWithoutEvidenceOrWithTargetsUnmet() {
        UUID planId = UUID.randomUUID();
        MeasureData measure = new MeasureData(UUID.randomUUID(), null, "1", List.of("二、主要任务"), "压缩企业开办时间",
                LocalDate.of(2030, 12, 31), "2030年底前", List.of(new MeasureData.TargetData("企业开办时间压缩至1个工作日以内",
                "企业开办时间", "<=", BigDecimal.ONE, "个工作日")), List.of(IncomingEvents.lead(UUID.randomUUID(), FGW, "市发展改革委")));
        kafka.sendCloudEvent("supervision.plan.v1", planId.toString(), IncomingEvents.planPublishedV1(planId, "销号规则测试方案", 2026, measure));
        String id = awaitAssignment(planId);
        String policy = "/api/v1/supervision/completion-policies/" + planId;
        String supervisor = TestTokens.supervisor();

        given().auth().oauth2(TestTokens.unitOfficer(FGW)).contentType(ContentType.JSON)
                .body("{\"requireEvidence\": true, \"requireTargetsMet\": true}").when().put(policy).then().statusCode(403);
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON)
                .body("{\"requireEvidence\": true, \"requireTargetsMet\": true}").when().put(policy).then().statusCode(403);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"requireEvidence\": true}")
                .when().put(policy).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"requireEvidence\": true, \"requireTargetsMet\": true}")
                .when().put("/api/v1/supervision/completion-policies/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).when().get(policy).then().statusCode(404);
        String policyTag = given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("{\"requireEvidence\": false, \"requireTargetsMet\": false}").when().put(policy).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"requireEvidence\": true, \"requireTargetsMet\": true}")
                .when().put(policy).then().statusCode(428);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", "\"42\"")
                .body("{\"requireEvidence\": true, \"requireTargetsMet\": true}").when().put(policy).then().statusCode(412);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", policyTag)
                .body("{\"requireEvidence\": true, \"requireTargetsMet\": true}").when().put(policy).then().statusCode(200)
                .body("requireEvidence", equalTo(true)).body("version", equalTo(1));
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).when().get(policy).then().statusCode(200)
                .body("requireTargetsMet", equalTo(true));
        given().auth().oauth2(TestTokens.leader()).when().get(policy + "/history").then().statusCode(200)
                .body("version", contains(0, 1)).body("requireEvidence", contains(false, true));
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).when().get(policy + "/history").then().statusCode(403);

        // a figure that misses the target and no evidence: 销号 is refused naming both rules, and nothing moves
        String etag = toCompletionRequested(id, PublishedPlan.etagOf(id), "{\"metric\": \"企业开办时间\", \"value\": 2, \"unit\": \"个工作日\"}");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag).body("{\"decision\": \"COMPLETE\"}")
                .when().post(action(id, "review")).then().statusCode(422).contentType("application/problem+json")
                .body("errors.rule", contains("evidence-required", "targets-met"));
        given().auth().oauth2(supervisor).when().get("/api/v1/assignments/" + id).then().statusCode(200)
                .body("state", equalTo("COMPLETION_REQUESTED")).header("ETag", equalTo(etag));

        // sent back; the unit reports a figure that meets the target and attaches evidence: now it may be completed
        etag = given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"RETURN\", \"reason\": \"未达目标，缺佐证\"}").when().post(action(id, "review"))
                .then().statusCode(200).extract().header("ETag");
        etag = given().auth().oauth2(TestTokens.unitOfficer(FGW)).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"percent\": 100, \"narrative\": \"已压缩至半个工作日\", \"figures\": [{\"metric\": \"企业开办时间\", \"value\": 0.5, \"unit\": \"个工作日\"}]}")
                .when().post(action(id, "reports")).then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag).body("{\"decision\": \"COMPLETE\"}")
                .when().post(action(id, "review")).then().statusCode(409); // not requested yet: the state machine comes first
        etag = given().auth().oauth2(TestTokens.unitOfficer(FGW)).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"summary\": \"已整改\"}").when().post(action(id, "completion-request")).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag).body("{\"decision\": \"COMPLETE\"}")
                .when().post(action(id, "review")).then().statusCode(422).body("errors.rule", contains("evidence-required"));
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).multiPart(new MultiPartSpecBuilder(PDF).controlName("file")
                .fileName("report.pdf").mimeType("application/pdf").build()).when().post(action(id, "evidence")).then().statusCode(201);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag).body("{\"decision\": \"COMPLETE\"}")
                .when().post(action(id, "review")).then().statusCode(200).body("state", equalTo("COMPLETED"));
    }

    /** Accepted, reported on (with one figure, if given) and asked to be completed; returns the ETag. */
    private static String toCompletionRequested(String id, String etag, String figure) {
        String fgw = TestTokens.unitOfficer(FGW);
        etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body("{\"personInCharge\": \"张三\"}")
                .when().post(action(id, "accept")).then().statusCode(200).extract().header("ETag");
        etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"percent\": 90, \"narrative\": \"基本完成\", \"figures\": [%s]}".formatted(figure == null ? "" : figure))
                .when().post(action(id, "reports")).then().statusCode(201).extract().header("ETag");
        return given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body("{\"summary\": \"已完成\"}")
                .when().post(action(id, "completion-request")).then().statusCode(200).extract().header("ETag");
    }

    private static String awaitAssignment(UUID planId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> ids = given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId).when()
                    .get("/api/v1/assignments").then().statusCode(200).extract().jsonPath().getList("id");
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
        }
        throw new AssertionError("no assignment of plan " + planId);
    }

    private static String action(String id, String name) {
        return "/api/v1/assignments/" + id + "/" + name;
    }
}
