package org.supervision.task.assignment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.contracts.Topics;
import org.supervision.contracts.plan.MeasureChanged;
import org.supervision.contracts.plan.MeasureData;
import org.supervision.contracts.unit.UnitChanged;
import org.supervision.task.testing.IncomingEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The lifecycle through the API with real tokens: the right users move it, the wrong ones are refused, nothing is lost. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class AssignmentLifecycleTest {

    private static final String PLAN_TOPIC = "supervision.plan.v1";
    private static final String FGW = "QZ-FGW";
    private static final String SCJG = "QZ-SCJG";
    private static final String SPJ = "QZ-SPJ";
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    /** A plan: measure 1 led by FGW with SCJG and SPJ cooperating; measure 2 FGW alone. */
    private record Plan(UUID planId, UUID m1, UUID m2, UUID fgw, UUID scjg, UUID spj) {
        static Plan random() {
            return new Plan(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID());
        }

        MeasureData measure1(LocalDate deadline, boolean withScjg, boolean withSpj) {
            List<MeasureData.UnitData> units = new ArrayList<>();
            units.add(IncomingEvents.lead(fgw, FGW, "市发展改革委"));
            if (withScjg) {
                units.add(IncomingEvents.cooperating(scjg, SCJG, "市市场监管局"));
            }
            if (withSpj) {
                units.add(IncomingEvents.cooperating(spj, SPJ, "市行政审批局"));
            }
            return new MeasureData(m1, null, "1", List.of("二、主要任务", "（一）优化准入"), "健全准入退出机制", deadline,
                    "2024年12月底前", List.of(new MeasureData.TargetData("企业开办时间压缩至1个工作日以内", "企业开办时间", "<=",
                            BigDecimal.ONE, "个工作日")), units);
        }

        MeasureData measure1(LocalDate deadline) {
            return measure1(deadline, true, true);
        }

        /** Measure 2 led by one unit, whose name is of no account here. */
        MeasureData measure2(LocalDate deadline, UUID unitId, String unitCode) {
            return IncomingEvents.measure(m2, "2", List.of("二、主要任务"), "优化纳税服务", deadline,
                    IncomingEvents.lead(unitId, unitCode, "单位"));
        }

        String published() {
            return IncomingEvents.planPublishedV1(planId, "生命周期测试方案", 2024, measure1(LocalDate.of(2030, 12, 31)),
                    IncomingEvents.measure(m2, "2", List.of("二、主要任务"), "优化纳税服务", LocalDate.of(2030, 6, 30),
                            IncomingEvents.lead(fgw, FGW, "市发展改革委")));
        }

        /** A change of one of the plan's measures, whose deadline was 2030-12-31. */
        String measureEvent(String type, MeasureData measure, String reason) {
            return IncomingEvents.measureChanged(type, planId, measure, LocalDate.of(2030, 12, 31), reason);
        }
    }

    @Test
    void aUnitAcceptsReportsAsksForTimeAndIsClosedBySupervisorWithATrailOfEveryStep() {
        Plan plan = publish();
        String id = assignmentOf(plan, FGW, "1");
        String fgw = TestTokens.unitOfficer(FGW);
        String etag = etag(id);

        given().auth().oauth2(fgw).contentType(ContentType.JSON).body("{}").when().post(action(id, "accept"))
                .then().statusCode(428);
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", "\"77\"").body("{}")
                .when().post(action(id, "accept")).then().statusCode(412);
        // a body that tries to set state or unit changes neither
        etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"personInCharge\": \"张三\", \"phone\": \"0777-1234567\", \"state\": \"COMPLETED\", \"unitCode\": \"QZ-SCJG\"}")
                .when().post(action(id, "accept"))
                .then().statusCode(200).body("state", equalTo("ACCEPTED")).body("unitCode", equalTo(FGW))
                .body("personInCharge", equalTo("张三")).extract().header("ETag");
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body("{}")
                .when().post(action(id, "accept"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("allowed", containsInAnyOrder("report", "request-extension", "handover"));

        etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"percent\": 40, \"narrative\": \"已完成系统改造\", \"figures\": [{\"metric\": \"企业开办时间\", \"value\": 0.5, \"unit\": \"个工作日\"}]}")
                .when().post(action(id, "reports"))
                .then().statusCode(201).body("percent", equalTo(40)).extract().header("ETag");
        etag = given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + id)
                .then().statusCode(200).body("state", equalTo("IN_PROGRESS")).body("progressPercent", equalTo(40))
                .extract().header("ETag");

        ExtractableResponse<Response> extension = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"requestedDeadline\": \"2031-03-31\", \"reason\": \"系统采购延迟\"}")
                .when().post(action(id, "extensions")).then().statusCode(201).body("state", equalTo("PENDING")).extract();
        etag = extension.header("ETag");
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body("{\"approve\": true}")
                .when().post(action(id, "extensions/" + extension.path("id") + "/decision")).then().statusCode(403);
        etag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"approve\": true, \"note\": \"同意\"}")
                .when().post(action(id, "extensions/" + extension.path("id") + "/decision"))
                .then().statusCode(200).body("deadline", equalTo("2031-03-31")).extract().header("ETag");
        // the outcome and the supervisor's note travel apart, so that the unit can be told in its own words
        awaitTaskEvent(r -> r.value().contains(id) && r.value().contains("DECIDE_EXTENSION") && r.value().contains("2030-12-31")
                && r.value().contains("\"decision\":\"APPROVED\"") && r.value().contains("\"reason\":\"同意\""));

        etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body("{\"summary\": \"已全部完成\"}")
                .when().post(action(id, "completion-request")).then().statusCode(200)
                .body("state", equalTo("COMPLETION_REQUESTED")).extract().header("ETag");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"RETURN\"}").when().post(action(id, "review"))
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        etag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"RETURN\", \"reason\": \"缺少佐证材料\"}").when().post(action(id, "review"))
                .then().statusCode(200).body("state", equalTo("IN_PROGRESS")).extract().header("ETag");
        etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body("{\"summary\": \"补充材料\"}")
                .when().post(action(id, "completion-request")).then().statusCode(200).extract().header("ETag");
        etag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"COMPLETE\"}").when().post(action(id, "review"))
                .then().statusCode(200).body("state", equalTo("COMPLETED")).body("progressPercent", equalTo(100))
                .extract().header("ETag");
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body("{\"summary\": \"x\"}")
                .when().post(action(id, "completion-request")).then().statusCode(409).body("allowed", hasSize(0));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"reason\": \"督查发现问题反弹\"}").when().post(action(id, "reopen"))
                .then().statusCode(200).body("state", equalTo("ISSUED"));

        given().auth().oauth2(fgw).when().get(action(id, "audit")).then().statusCode(200)
                .body("action", contains("ISSUE", "ACCEPT", "REPORT", "REQUEST_EXTENSION", "DECIDE_EXTENSION",
                        "REQUEST_COMPLETION", "RETURN", "REQUEST_COMPLETION", "COMPLETE", "REOPEN"))
                .body("find { it.action == 'RETURN' }.reason", equalTo("缺少佐证材料"))
                .body("find { it.action == 'DECIDE_EXTENSION' }.before.deadline", equalTo("2030-12-31"))
                .body("find { it.action == 'DECIDE_EXTENSION' }.after.deadline", equalTo("2031-03-31"))
                .body("find { it.action == 'ACCEPT' }.actor", equalTo("officer-" + FGW.toLowerCase()));
    }

    @Test
    void otherUnitsLeadersAndSupervisorsCannotTakeTheUnitsActionsAndUnitsCannotTakeTheSupervisors() {
        Plan plan = publish();
        String id = assignmentOf(plan, FGW, "1");
        String etag = etag(id);
        given().auth().oauth2(TestTokens.unitOfficer(SCJG)).contentType(ContentType.JSON).header("If-Match", etag).body("{}")
                .when().post(action(id, "accept")).then().statusCode(404);
        given().auth().oauth2(TestTokens.unitOfficer(SCJG)).when().get(action(id, "audit")).then().statusCode(404);
        given().auth().oauth2(TestTokens.unitOfficer(SCJG)).when().get(action(id, "reports")).then().statusCode(404);
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON).header("If-Match", etag).body("{}")
                .when().post(action(id, "accept")).then().statusCode(403);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag).body("{}")
                .when().post(action(id, "accept")).then().statusCode(403);
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"reason\": \"x\"}").when().post(action(id, "cancel")).then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"reason\": \"x\"}").when().post(action(id, "cancel")).then().statusCode(403);
        // nothing moved
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + id)
                .then().statusCode(200).body("state", equalTo("ISSUED")).header("ETag", equalTo(etag));
        // a unit officer cannot list another unit's work by asking for it
        given().auth().oauth2(TestTokens.unitOfficer(SCJG)).queryParam("planId", plan.planId()).queryParam("unitCode", FGW)
                .when().get("/api/v1/assignments").then().statusCode(200).body("unitCode", everyItem(equalTo(SCJG)));
    }

    @Test
    void aDisputedAssignmentIsReassignedToAnotherUnitOrTheDisputeRejected() {
        Plan plan = publish();
        String id = assignmentOf(plan, FGW, "2");
        String fgw = TestTokens.unitOfficer(FGW);
        String etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body("{\"reason\": \"该项工作属于市行政审批局职责\"}").when().post(action(id, "dispute"))
                .then().statusCode(200).body("state", equalTo("DISPUTED")).extract().header("ETag");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"REASSIGN\", \"unitCode\": \"QZ-NOPE\", \"reason\": \"x\"}")
                .when().post(action(id, "dispute-decision")).then().statusCode(422).body("errors[0].field", equalTo("unitCode"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"REASSIGN\", \"unitCode\": \"QZ-SPJ\", \"reason\": \"职责调整\"}")
                .when().post(action(id, "dispute-decision"))
                .then().statusCode(200).body("state", equalTo("CANCELLED"));
        String successor = assignmentOf(plan, SPJ, "2");
        given().auth().oauth2(TestTokens.unitOfficer(SPJ)).when().get("/api/v1/assignments/" + successor)
                .then().statusCode(200).body("state", equalTo("ISSUED")).body("role", equalTo("LEAD"));
        given().auth().oauth2(TestTokens.supervisor()).when().get(action(successor, "audit"))
                .then().statusCode(200).body("[0].reason", org.hamcrest.Matchers.containsString("reassigned from QZ-FGW"));
        // the plan still names QZ-FGW: a later change of the measure reaches the unit that took the work over
        kafka.sendCloudEvent(PLAN_TOPIC, plan.planId().toString(), plan.measureEvent(MeasureChanged.DEADLINE_CHANGED,
                plan.measure2(LocalDate.of(2030, 3, 31), plan.fgw(), FGW), "提前完成"));
        awaitDeadline(plan, SPJ, "2", "2030-03-31");
        given().auth().oauth2(TestTokens.unitOfficer(SPJ)).when().get("/api/v1/assignments/" + successor)
                .then().statusCode(200).body("state", equalTo("ISSUED")).body("role", equalTo("LEAD"));
        // and when the plan gives the measure to another unit, the reassigned work ends with the unit it stood in for
        kafka.sendCloudEvent(PLAN_TOPIC, plan.planId().toString(), plan.measureEvent(MeasureChanged.CHANGED,
                plan.measure2(LocalDate.of(2030, 3, 31), plan.scjg(), SCJG), "调整牵头单位"));
        awaitState(successor, "CANCELLED");
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + assignmentOf(plan, SCJG, "2"))
                .then().statusCode(200).body("state", equalTo("ISSUED"));

        String scjg = assignmentOf(plan, SCJG, "1");
        etag = given().auth().oauth2(TestTokens.unitOfficer(SCJG)).contentType(ContentType.JSON).header("If-Match", etag(scjg))
                .body("{\"reason\": \"不是我们的\"}").when().post(action(scjg, "dispute")).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"REJECT\", \"reason\": \"按方案分工执行\"}").when().post(action(scjg, "dispute-decision"))
                .then().statusCode(200).body("state", equalTo("ISSUED"));
    }

    @Test
    void aDisputeMovesToAnyActiveUnitOfTheDirectoryEvenOneNoPlanNamedButNeverToARetiredOne() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String newUnit = "QZ-NEW-" + suffix;
        String oldUnit = "QZ-OLD-" + suffix;
        UUID oldId = UUID.randomUUID();
        // one key, one partition: the replayed older event of the retired unit is read before the new unit's
        String key = "unit-directory-" + suffix;
        kafka.sendCloudEvent(Topics.UNIT, key, unitEvent(UnitChanged.CHANGED, oldId, oldUnit, "RETIRED", 2));
        kafka.sendCloudEvent(Topics.UNIT, key, unitEvent(UnitChanged.CREATED, oldId, oldUnit, "ACTIVE", 0));
        kafka.sendCloudEvent(Topics.UNIT, key, unitEvent(UnitChanged.CREATED, UUID.randomUUID(), newUnit, "ACTIVE", 0));

        Plan plan = publish();
        String fgw = assignmentOf(plan, FGW, "2");
        String etag = given().auth().oauth2(TestTokens.unitOfficer(FGW)).contentType(ContentType.JSON).header("If-Match", etag(fgw))
                .body("{\"reason\": \"新设单位负责\"}").when().post(action(fgw, "dispute")).then().statusCode(200).extract().header("ETag");
        String reassign = "{\"decision\": \"REASSIGN\", \"unitCode\": \"%s\", \"reason\": \"职责划转\"}";
        await(() -> given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(reassign.formatted(newUnit)).when().post(action(fgw, "dispute-decision")).then().extract().statusCode() == 200,
                "reassignment to " + newUnit + " once its unit event is in");
        String successor = assignmentOf(plan, newUnit, "2");
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + successor).then().statusCode(200)
                .body("unitCode", equalTo(newUnit)).body("unitName", equalTo("新设单位" + newUnit)).body("state", equalTo("ISSUED"));

        String scjg = assignmentOf(plan, SCJG, "1");
        String scjgEtag = given().auth().oauth2(TestTokens.unitOfficer(SCJG)).contentType(ContentType.JSON)
                .header("If-Match", etag(scjg)).body("{\"reason\": \"不是我们的\"}").when().post(action(scjg, "dispute"))
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", scjgEtag)
                .body(reassign.formatted(oldUnit)).when().post(action(scjg, "dispute-decision"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unitCode")).body("errors[0].rule", equalTo("retired-unit"));
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + scjg).then().body("state", equalTo("DISPUTED"));
    }

    /** Values PostgreSQL or Hibernate would refuse are 400s naming the rule, before anything is written. */
    @Test
    void aNulInAFilterAPagePastAnyListAnEndlessFigureAndADeadlineNoPlanHasAreRefused() {
        Plan plan = publish();
        String id = assignmentOf(plan, FGW, "2");
        String fgw = TestTokens.unitOfficer(FGW);
        String etag = accepted(fgw, id);
        String nul = "must not contain the character U+0000";
        for (String path : List.of("/api/v1/assignments", "/api/v1/assignments/export", "/api/v1/supervision/statistics")) {
            given().auth().oauth2(TestTokens.supervisor()).queryParam("unitCode", "QZ-FGW\u0000").when().get(path)
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].message", equalTo(nul));
        }
        given().auth().oauth2(TestTokens.supervisor()).queryParam("section", "\u0000").when().get("/api/v1/assignments")
                .then().statusCode(400).body("errors[0].message", equalTo(nul));
        // a typed value JAX-RS cannot read would be an empty 404 ("nothing here"): a 400 naming the parameter instead
        for (List<String> wrong : List.of(List.of("dueBefore", "2024-13-01", "date"), List.of("dueAfter", "+99999-01-01", "date"),
                List.of("planId", "not-a-uuid", "uuid"), List.of("overdue", "yes", "boolean"),
                List.of("updatedSince", "+999999999-12-31T00:00:00Z", "date-time"))) {
            given().auth().oauth2(fgw).queryParam(wrong.get(0), wrong.get(1)).when().get("/api/v1/assignments")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(wrong.get(0))).body("errors[0].rule", equalTo(wrong.get(2)));
        }
        given().auth().oauth2(fgw).queryParam("dueBefore", "2030-12-31").queryParam("overdue", "FALSE")
                .queryParam("updatedSince", "2020-01-01T00:00:00Z").queryParam("planId", plan.planId().toString())
                .when().get("/api/v1/assignments").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(fgw).queryParam("page", Integer.MAX_VALUE).when().get("/api/v1/assignments")
                .then().statusCode(400).body("errors[0].rule", equalTo("max"));
        report(fgw, id, etag, "{\"percent\": 10, \"narrative\": \"已完成\", \"figures\": [{\"metric\": \"办件量\", \"value\": 1e999999999}]}")
                .statusCode(400)
                .body("errors[0].field", equalTo("figures[0].value")).body("errors[0].rule", equalTo("decimalMax"));
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"requestedDeadline\": \"+20240-06-30\", \"reason\": \"笔误\"}")
                .when().post(action(id, "extensions")).then().statusCode(400)
                .body("errors[0].field", equalTo("requestedDeadline")).body("errors[0].rule", equalTo("deadline-range"));
        given().auth().oauth2(fgw).when().get("/api/v1/assignments/" + id).then().statusCode(200)
                .header("ETag", equalTo(etag)).body("state", equalTo("ACCEPTED"));
        given().auth().oauth2(fgw).when().get(action(id, "reports")).then().statusCode(200).body("size()", equalTo(0));
    }

    /** A percent is a whole number: 1.5 was cut to 1 without a word; a number in quotes or a yes is no percent either. */
    @Test
    void aPercentThatIsNoWholeNumberIsA400NamingItAndNothingIsReported() {
        Plan plan = publish();
        String id = assignmentOf(plan, FGW, "2");
        String fgw = TestTokens.unitOfficer(FGW);
        String etag = accepted(fgw, id);
        for (String percent : List.of("1.5", "99.99", "1e1", "true")) {
            report(fgw, id, etag, "{\"percent\": " + percent + ", \"narrative\": \"进展\"}")
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("percent")).body("errors[0].rule", equalTo("type"));
        }
        given().auth().oauth2(fgw).when().get(action(id, "reports")).then().statusCode(200).body("size()", equalTo(0));
        report(fgw, id, etag, "{\"percent\": 2.0, \"narrative\": \"进展\"}").statusCode(400).body("errors[0].field", equalTo("percent"));
        report(fgw, id, etag, "{\"percent\": 15, \"narrative\": \"进展\"}").statusCode(201).body("percent", equalTo(15));
    }

    /** The unit's officer posts a progress report on the assignment; the answer is checked by the caller. */
    private static io.restassured.response.ValidatableResponse report(String officer, String assignment, String etag, String json) {
        return given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag).body(json)
                .when().post(action(assignment, "reports")).then();
    }

    /** The unit's officer accepts the assignment; returns its new ETag. */
    private String accepted(String officer, String assignment) {
        return given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag(assignment)).body("{}")
                .when().post(action(assignment, "accept")).then().statusCode(200).extract().header("ETag");
    }

    private static String unitEvent(String type, UUID unitId, String code, String status, long version) {
        return IncomingEvents.unitChanged(type, unitId, code, "新设单位" + code, status, version);
    }

    /** A cancelled lead assignment keeps its role LEAD: through it the unit reads its own reports, no longer the others'. */
    @Test
    void theLeadUnitReadsItsCooperatingUnitsReportsTheyReadOnlyTheirOwnAndSoDoesALeadThatWasCancelled() {
        Plan plan = publish();
        String lead = assignmentOf(plan, FGW, "1");
        String coop = assignmentOf(plan, SCJG, "1");
        String scjg = TestTokens.unitOfficer(SCJG);
        String etag = accepted(scjg, coop);
        report(scjg, coop, etag, "{\"percent\": 50, \"narrative\": \"配合完成数据对接\", \"consolidated\": true}")
                .statusCode(400).body("errors[0].field", equalTo("consolidated"));
        report(scjg, coop, etag, "{\"percent\": 50, \"narrative\": \"配合完成数据对接<script>alert(1)</script>\"}").statusCode(201);
        String fgw = TestTokens.unitOfficer(FGW);
        etag = accepted(fgw, lead);
        report(fgw, lead, etag, "{\"percent\": 60, \"narrative\": \"牵头汇总\", \"consolidated\": true}")
                .statusCode(201).body("consolidated", equalTo(true));
        given().auth().oauth2(fgw).when().get(action(lead, "reports")).then().statusCode(200)
                .body("unitCode", containsInAnyOrder(FGW, SCJG))
                .body("find { it.unitCode == 'QZ-SCJG' }.narrative", equalTo("配合完成数据对接<script>alert(1)</script>"));
        given().auth().oauth2(scjg).when().get(action(coop, "reports")).then().statusCode(200).body("unitCode", contains(SCJG));

        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag(lead))
                .body("{\"reason\": \"牵头单位调整\"}").when().post(action(lead, "cancel")).then().statusCode(200)
                .body("state", equalTo("CANCELLED")).body("role", equalTo("LEAD"));
        given().auth().oauth2(fgw).when().get(action(lead, "reports")).then().statusCode(200).body("unitCode", contains(FGW));
        given().auth().oauth2(TestTokens.supervisor()).when().get(action(lead, "reports")).then().statusCode(200)
                .body("unitCode", containsInAnyOrder(FGW, SCJG));
    }

    @Test
    void publishedMeasureChangesReachOpenAssignmentsAndLeaveFinishedOnesAlone() {
        Plan plan = publish();
        String spj = assignmentOf(plan, SPJ, "1");
        // SPJ's work on measure 1 is cancelled by the supervisor before the change: it is history and stays so
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag(spj))
                .body("{\"reason\": \"并入其他工作\"}").when().post(action(spj, "cancel")).then().statusCode(200);

        kafka.sendCloudEvent(PLAN_TOPIC, plan.planId().toString(),
                plan.measureEvent(MeasureChanged.DEADLINE_CHANGED, plan.measure1(LocalDate.of(2030, 9, 30)), "市政府要求提前"));
        awaitDeadline(plan, FGW, "1", "2030-09-30");
        given().auth().oauth2(TestTokens.supervisor()).when().get(action(assignmentOf(plan, FGW, "1"), "audit"))
                .then().statusCode(200).body("find { it.action == 'MEASURE_CHANGED' }.reason", equalTo("市政府要求提前"));
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + spj)
                .then().statusCode(200).body("state", equalTo("CANCELLED")).body("deadline", equalTo("2030-12-31"));

        // SCJG dropped from measure 1: its open assignment is cancelled, with the reason
        kafka.sendCloudEvent(PLAN_TOPIC, plan.planId().toString(), plan.measureEvent(MeasureChanged.CHANGED,
                plan.measure1(LocalDate.of(2030, 9, 30), false, true), "配合单位调整"));
        String scjg = assignmentOf(plan, SCJG, "1");
        awaitState(scjg, "CANCELLED");

        // measure 2 withdrawn: FGW's open assignment on it is cancelled
        String m2 = assignmentOf(plan, FGW, "2");
        kafka.sendCloudEvent(PLAN_TOPIC, plan.planId().toString(), plan.measureEvent(MeasureChanged.WITHDRAWN,
                IncomingEvents.measure(plan.m2(), "2", "优化纳税服务", LocalDate.of(2030, 6, 30)), "并入第1项"));
        awaitState(m2, "CANCELLED");

        // filters: the plan's open work, by state and by role
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("state", "CANCELLED")
                .when().get("/api/v1/assignments").then().statusCode(200).body("$", hasSize(3)).header("X-Total-Count", "3");
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("role", "LEAD")
                .queryParam("state", "ISSUED").when().get("/api/v1/assignments")
                .then().statusCode(200).body("unitCode", contains(FGW)).body("deadline", hasItem("2030-09-30"));
    }

    @Test
    void listsFilterByDueDatesOverdueAndUpdatedSinceForSyncingClients() {
        Plan plan = publish();
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("dueBefore", "2030-07-01")
                .when().get("/api/v1/assignments").then().statusCode(200).body("measureNumber", contains("2"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("overdue", true)
                .when().get("/api/v1/assignments").then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("sort", "DEADLINE_DESC")
                .when().get("/api/v1/assignments").then().statusCode(200).body("[0].deadline", equalTo("2030-12-31"));
        String since = given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + assignmentOf(plan, FGW, "1"))
                .then().extract().path("updatedAt");
        String id = assignmentOf(plan, FGW, "2");
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).contentType(ContentType.JSON).header("If-Match", etag(id)).body("{}")
                .when().post(action(id, "accept")).then().statusCode(200);
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).queryParam("planId", plan.planId()).queryParam("updatedSince", since)
                .when().get("/api/v1/assignments").then().statusCode(200).body("id", contains(id));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("state", "NOT_A_STATE").when().get("/api/v1/assignments")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("state"));
    }

    private Plan publish() {
        Plan plan = Plan.random();
        kafka.sendCloudEvent(PLAN_TOPIC, plan.planId().toString(), plan.published());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (list(plan).size() < 4 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(100_000_000L);
        }
        assertEquals(4, list(plan).size(), "assignments of plan " + plan.planId());
        return plan;
    }

    private static List<Object> list(Plan plan) {
        return given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("size", 200)
                .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static String assignmentOf(Plan plan, String unitCode, String measureNumber) {
        JsonPath page = given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("size", 200)
                .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath();
        return page.getString("find { it.unitCode == '%s' && it.measureNumber == '%s' && it.state != 'CANCELLED' }.id"
                .formatted(unitCode, measureNumber)) != null
                ? page.getString("find { it.unitCode == '%s' && it.measureNumber == '%s' && it.state != 'CANCELLED' }.id".formatted(unitCode, measureNumber))
                : page.getString("find { it.unitCode == '%s' && it.measureNumber == '%s' }.id".formatted(unitCode, measureNumber));
    }

    private static String etag(String id) {
        return given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + id)
                .then().statusCode(200).extract().header("ETag");
    }

    private static String action(String id, String action) {
        return "/api/v1/assignments/" + id + "/" + action;
    }

    private void awaitTaskEvent(Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> wanted) {
        kafka.await("supervision.task.v1", wanted, Duration.ofSeconds(20));
    }

    private static void awaitDeadline(Plan plan, String unit, String number, String deadline) {
        await(() -> deadline.equals(given().auth().oauth2(TestTokens.supervisor())
                .when().get("/api/v1/assignments/" + assignmentOf(plan, unit, number)).then().extract().path("deadline")),
                unit + " deadline " + deadline);
    }

    private static void awaitState(String id, String state) {
        await(() -> state.equals(given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + id)
                .then().extract().path("state")), id + " " + state);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s: " + what);
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }
}
