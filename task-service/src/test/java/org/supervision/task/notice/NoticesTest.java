package org.supervision.task.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.supervision.task.testing.PublishedPlan.FGW;
import static org.supervision.task.testing.PublishedPlan.SCJG;
import static org.supervision.task.testing.PublishedPlan.SPJ;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.PublishedPlan;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** 督办单 through the API with real tokens: issued by the office, answered by the unit, closed; nobody else sees them. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class NoticesTest {

    private static final String NOTICES = "/api/v1/notices";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    EntityManager entityManager;

    @Test
    void theOfficeIssuesTheUnitAnswersOnceAndTheOfficeClosesWithEventsAndATrailOnEachAssignment() throws Exception {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String m1 = plan.assignmentOf(FGW, "1");
        String m2 = plan.assignmentOf(FGW, "2");
        String fgw = TestTokens.unitOfficer(FGW);

        var issued = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(issue(FGW, List.of(m1, m2), "关于加快推进准入退出机制的督办单", TODAY.plusDays(10))
                        .replace("}", ", \"state\": \"CLOSED\", \"issuedBy\": \"someone-else\"}"))
                .when().post(NOTICES)
                .then().statusCode(201).header("Location", containsString(NOTICES + "/")).header("ETag", equalTo("\"0\""))
                .body("state", equalTo("OPEN")).body("overdue", equalTo(false)).body("unitCode", equalTo(FGW))
                .body("unitName", equalTo("市发展改革委")).body("assignmentIds", contains(m1, m2))
                .body("issuedBy", equalTo("supervisor")).body("respondBy", equalTo(TODAY.plusDays(10).toString()))
                .extract();
        String id = issued.path("id");
        String etag = issued.header("ETag");
        awaitNoticeEvent(id, "ISSUED", Map.of("unitCode", FGW, "state", "OPEN", "actor", "supervisor",
                "title", "关于加快推进准入退出机制的督办单", "respondBy", TODAY.plusDays(10).toString()), List.of(m1, m2));

        given().auth().oauth2(fgw).when().get(NOTICES + "/" + id).then().statusCode(200).header("ETag", equalTo(etag))
                .body("body", equalTo("请于规定时间内书面报告进展情况。"));

        // the answer names the version it was written against
        given().auth().oauth2(fgw).contentType(ContentType.JSON).body("{\"text\": \"已完成\"}")
                .when().post(NOTICES + "/" + id + "/response").then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"text\": \"已完成\"}")
                .when().post(NOTICES + "/" + id + "/response").then().statusCode(412).contentType("application/problem+json");
        // leaders and the office do not answer for the unit
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"text\": \"代答\"}").when().post(NOTICES + "/" + id + "/response").then().statusCode(403);
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"text\": \"代答\"}").when().post(NOTICES + "/" + id + "/response").then().statusCode(403);
        // a body that tries to set state, unit or responder changes none of them
        etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"text\": \"已按要求完成整改，详见佐证材料。\", \"state\": \"CLOSED\", \"unitCode\": \"QZ-SCJG\", "
                        + "\"respondedBy\": \"someone-else\", \"respondBy\": \"2099-01-01\"}")
                .when().post(NOTICES + "/" + id + "/response")
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("state", equalTo("RESPONDED"))
                .body("unitCode", equalTo(FGW)).body("respondedBy", equalTo("officer-qz-fgw"))
                .body("respondedAt", notNullValue()).body("respondBy", equalTo(TODAY.plusDays(10).toString()))
                .body("response", equalTo("已按要求完成整改，详见佐证材料。")).extract().header("ETag");
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body("{\"text\": \"再答一次\"}")
                .when().post(NOTICES + "/" + id + "/response")
                .then().statusCode(409).contentType("application/problem+json").body("allowed", hasSize(0));
        awaitNoticeEvent(id, "RESPONDED", Map.of("state", "RESPONDED", "actor", "officer-qz-fgw"), List.of(m1, m2));

        // only the office closes
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body("{\"note\": \"x\"}")
                .when().post(NOTICES + "/" + id + "/close").then().statusCode(403);
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON).header("If-Match", etag).body("{\"note\": \"x\"}")
                .when().post(NOTICES + "/" + id + "/close").then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"note\": \"x\"}").when().post(NOTICES + "/" + id + "/close").then().statusCode(403);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("{\"note\": \"x\"}")
                .when().post(NOTICES + "/" + id + "/close").then().statusCode(428);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"note\": \"x\"}").when().post(NOTICES + "/" + id + "/close").then().statusCode(412);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag).body("{}")
                .when().post(NOTICES + "/" + id + "/close").then().statusCode(400).body("errors[0].field", equalTo("note"));
        etag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"note\": \"整改到位，予以销号\"}").when().post(NOTICES + "/" + id + "/close")
                .then().statusCode(200).body("state", equalTo("CLOSED")).body("closeNote", equalTo("整改到位，予以销号"))
                .body("closedBy", equalTo("supervisor")).body("response", equalTo("已按要求完成整改，详见佐证材料。"))
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"note\": \"again\"}").when().post(NOTICES + "/" + id + "/close").then().statusCode(409);
        awaitNoticeEvent(id, "CLOSED", Map.of("state", "CLOSED", "actor", "supervisor"), List.of(m1, m2));

        for (String assignment : List.of(m1, m2)) {
            given().auth().oauth2(fgw).when().get("/api/v1/assignments/" + assignment + "/audit").then().statusCode(200)
                    .body("action", contains("ISSUE", "NOTICE_ISSUED", "NOTICE_RESPONDED", "NOTICE_CLOSED"))
                    .body("find { it.action == 'NOTICE_RESPONDED' }.reason", equalTo("关于加快推进准入退出机制的督办单"))
                    .body("find { it.action == 'NOTICE_RESPONDED' }.actor", equalTo("officer-qz-fgw"))
                    .body("find { it.action == 'NOTICE_ISSUED' }.toState", equalTo("ISSUED"));
        }
        // the notice moved no assignment
        given().auth().oauth2(fgw).when().get("/api/v1/assignments/" + m1).then().body("state", equalTo("ISSUED"));
    }

    @Test
    void aNoticeIsAboutTheUnitsOwnAssignmentsAndAnsweredByADateNotYetPast() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String fgw1 = plan.assignmentOf(FGW, "1");
        String scjg1 = plan.assignmentOf(SCJG, "1");
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(issue(FGW, List.of(fgw1, scjg1, unknown), "督办", TODAY)).when().post(NOTICES)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("assignmentIds[1]", "assignmentIds[2]"))
                .body("errors.rule", contains("other-unit", "unknown-assignment"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(issue(FGW, List.of(fgw1), "督办", TODAY.minusDays(1))).when().post(NOTICES)
                .then().statusCode(400).body("errors[0].field", equalTo("respondBy")).body("errors[0].rule", equalTo("not-in-past"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(issue(FGW, List.of(fgw1), "督办", LocalDate.of(20240, 6, 30))).when().post(NOTICES)
                .then().statusCode(400).body("errors[0].field", equalTo("respondBy")).body("errors[0].rule", equalTo("deadline-range"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("unitCode", "QZ-FGW\u0000").when().get(NOTICES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", equalTo("must not contain the character U+0000"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("page", Integer.MAX_VALUE).when().get(NOTICES)
                .then().statusCode(400).body("errors[0].rule", equalTo("max"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"unitCode\": \"QZ-FGW\", \"assignmentIds\": [], \"title\": \" \", \"body\": \"x\"}").when().post(NOTICES)
                .then().statusCode(400).body("errors.field", contains("assignmentIds", "respondBy", "title"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(issue(FGW, List.of(fgw1), "标题\u0000", TODAY)).when().post(NOTICES)
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        // a repeated id counts once
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(issue(FGW, List.of(fgw1, fgw1), "督办", TODAY)).when().post(NOTICES)
                .then().statusCode(201).body("assignmentIds", contains(fgw1));
        // a closed assignment may still be the subject of a notice
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", PublishedPlan.etagOf(scjg1))
                .body("{\"reason\": \"并入其他工作\"}").when().post("/api/v1/assignments/" + scjg1 + "/cancel").then().statusCode(200);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(issue(SCJG, List.of(scjg1), "已撤销工作的说明", TODAY)).when().post(NOTICES).then().statusCode(201);

        for (String token : List.of(TestTokens.unitOfficer(FGW), TestTokens.leader(), TestTokens.integration())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(issue(FGW, List.of(fgw1), "督办", TODAY))
                    .when().post(NOTICES).then().statusCode(403);
        }
    }

    @Test
    void anotherUnitsOfficerFindsNoNoticeOfFgwByIdByFilterOrByPaging() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String fgwNotice = issued(FGW, plan.assignmentOf(FGW, "1"), "给发改委的督办单");
        String scjgNotice = issued(SCJG, plan.assignmentOf(SCJG, "1"), "给市场监管局的督办单");
        String scjg = TestTokens.unitOfficer(SCJG);

        given().auth().oauth2(scjg).when().get(NOTICES + "/" + fgwNotice).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(scjg).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"text\": \"x\"}")
                .when().post(NOTICES + "/" + fgwNotice + "/response").then().statusCode(404);
        given().auth().oauth2(scjg).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"note\": \"x\"}")
                .when().post(NOTICES + "/" + fgwNotice + "/close").then().statusCode(404);
        given().auth().oauth2(scjg).contentType(ContentType.JSON).body("{\"text\": \"x\"}")
                .when().post(NOTICES + "/" + fgwNotice + "/response").then().statusCode(404);
        given().auth().oauth2(scjg).queryParam("unitCode", FGW).queryParam("planId", plan.planId())
                .when().get(NOTICES).then().statusCode(200).body("id", contains(scjgNotice)).header("X-Total-Count", "1");
        for (int page = 0; page < 3; page++) {
            given().auth().oauth2(scjg).queryParam("planId", plan.planId()).queryParam("size", 1).queryParam("page", page)
                    .when().get(NOTICES).then().statusCode(200).header("X-Total-Count", "1")
                    .body("unitCode", everyItem(equalTo(SCJG))).body("id", not(hasItem(fgwNotice)));
        }
        given().auth().oauth2(scjg).queryParam("size", 200).when().get(NOTICES).then().statusCode(200)
                .body("unitCode", everyItem(equalTo(SCJG))).body("id", not(hasItem(fgwNotice)));
        given().auth().oauth2(scjg).queryParam("planId", plan.planId()).when().get(NOTICES + "/counts").then().statusCode(200)
                .body("open", equalTo(1)).body("overdue", equalTo(0)).body("responded", equalTo(0)).body("closed", equalTo(0));
        // an officer of a unit that has no notice at all sees nothing
        given().auth().oauth2(TestTokens.unitOfficer(SPJ)).queryParam("planId", plan.planId()).when().get(NOTICES)
                .then().statusCode(200).body("$", empty()).header("X-Total-Count", "0");
        // the office, leaders and integrations see every unit's
        for (String token : List.of(TestTokens.supervisor(), TestTokens.leader(), TestTokens.integration())) {
            given().auth().oauth2(token).when().get(NOTICES + "/" + fgwNotice).then().statusCode(200);
            given().auth().oauth2(token).queryParam("planId", plan.planId()).when().get(NOTICES)
                    .then().statusCode(200).header("X-Total-Count", "2");
        }
        given().auth().oauth2(scjg).when().get(NOTICES + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void overdueIsComputedFromTheResponseDateAndCountedPerPlanAndUnit() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String late = issued(FGW, plan.assignmentOf(FGW, "1"), "逾期未复的督办单");
        String answered = issued(FGW, plan.assignmentOf(FGW, "2"), "已答复的督办单");
        String closed = issued(SCJG, plan.assignmentOf(SCJG, "1"), "已办结的督办单");
        String dueToday = issued(SPJ, plan.assignmentOf(SPJ, "1"), "今日到期的督办单");
        // a notice cannot be issued with a past date, so the test moves one into the past behind the API
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update notice set respond_by = :d where id = :id")
                .setParameter("d", TODAY.minusDays(3)).setParameter("id", UUID.fromString(late)).executeUpdate());
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"text\": \"已答复\"}").when().post(NOTICES + "/" + answered + "/response").then().statusCode(200);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"note\": \"不再督办\"}").when().post(NOTICES + "/" + closed + "/close").then().statusCode(200)
                .body("overdue", equalTo(false));

        given().auth().oauth2(TestTokens.supervisor()).when().get(NOTICES + "/" + late).then().body("overdue", equalTo(true));
        given().auth().oauth2(TestTokens.supervisor()).when().get(NOTICES + "/" + dueToday).then().body("overdue", equalTo(false));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("overdue", true)
                .when().get(NOTICES).then().statusCode(200).body("id", contains(late)).body("[0].overdue", equalTo(true));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("overdue", false)
                .when().get(NOTICES).then().statusCode(200).header("X-Total-Count", "3").body("id", not(hasItem(late)));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("state", "RESPONDED")
                .when().get(NOTICES).then().statusCode(200).body("id", contains(answered));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("state", "open,closed")
                .when().get(NOTICES).then().statusCode(200).header("X-Total-Count", "3");
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).queryParam("unitCode", SCJG)
                .when().get(NOTICES).then().statusCode(200).body("id", contains(closed));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("state", "DONE").when().get(NOTICES)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("state"));
        // newest first
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).when().get(NOTICES)
                .then().statusCode(200).body("id", contains(dueToday, closed, answered, late));

        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).when().get(NOTICES + "/counts")
                .then().statusCode(200).body("open", equalTo(2)).body("overdue", equalTo(1))
                .body("responded", equalTo(1)).body("closed", equalTo(1));
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).queryParam("planId", plan.planId()).when().get(NOTICES + "/counts")
                .then().statusCode(200).body("open", equalTo(1)).body("overdue", equalTo(1))
                .body("responded", equalTo(1)).body("closed", equalTo(0));
        // an overdue notice can still be answered; then it is no longer overdue
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"text\": \"迟复\"}").when().post(NOTICES + "/" + late + "/response")
                .then().statusCode(200).body("overdue", equalTo(false));
    }

    @Test
    void textWithSqlHtmlAndControlCharactersIsStoredAndReturnedAsSent() throws Exception {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String title = "'; drop table notice; -- <b>标题</b>";
        String body = "<script>alert(\"督办\")</script>\u0007\u001b[31m红色\u001b[0m\ttab\r\nline\u2028' OR '1'='1";
        String response = "<img src=x onerror=alert(1)>\u0001\u001f'); delete from notice_assignment; --";
        ObjectMapper json = new ObjectMapper();
        String id = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(json.writeValueAsString(Map.of("unitCode", FGW, "assignmentIds", List.of(plan.assignmentOf(FGW, "1")),
                        "title", title, "body", body, "respondBy", TODAY.toString())))
                .when().post(NOTICES).then().statusCode(201).body("title", equalTo(title)).body("body", equalTo(body))
                .extract().path("id");
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(json.writeValueAsString(Map.of("text", response))).when().post(NOTICES + "/" + id + "/response")
                .then().statusCode(200).body("response", equalTo(response));
        given().auth().oauth2(TestTokens.unitOfficer(FGW)).when().get(NOTICES + "/" + id).then().statusCode(200)
                .body("title", equalTo(title)).body("body", equalTo(body)).body("response", equalTo(response));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).when().get(NOTICES)
                .then().statusCode(200).body("[0].title", equalTo(title));
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + plan.assignmentOf(FGW, "1") + "/audit")
                .then().statusCode(200).body("find { it.action == 'NOTICE_ISSUED' }.reason", equalTo(title));
    }

    private String issued(String unit, String assignmentId, String title) {
        return given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(issue(unit, List.of(assignmentId), title, TODAY)).when().post(NOTICES)
                .then().statusCode(201).extract().path("id");
    }

    private static String issue(String unit, List<String> assignmentIds, String title, LocalDate respondBy) {
        return """
                {"unitCode": "%s", "assignmentIds": [%s], "title": "%s", "body": "请于规定时间内书面报告进展情况。", "respondBy": "%s"}"""
                .formatted(unit, String.join(", ", assignmentIds.stream().map(a -> "\"" + a + "\"").toList()),
                        title.replace("\u0000", "\\u0000"), respondBy);
    }

    @SuppressWarnings("unchecked")
    private void awaitNoticeEvent(String noticeId, String action, Map<String, String> fields, List<String> assignmentIds) {
        ObjectMapper json = new ObjectMapper();
        kafka.await("supervision.task.v1", r -> {
            if (!noticeId.equals(r.key())) {
                return false;
            }
            try {
                Map<String, Object> event = json.readValue(r.value(), Map.class);
                Map<String, Object> data = (Map<String, Object>) event.get("data");
                return "supervision.notice.changed.v1".equals(event.get("type")) && noticeId.equals(event.get("subject"))
                        && noticeId.equals(data.get("noticeId")) && action.equals(data.get("action"))
                        && fields.entrySet().stream().allMatch(f -> f.getValue().equals(data.get(f.getKey())))
                        && assignmentIds.equals(data.get("assignmentIds")) && data.get("at") != null;
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(20));
    }
}
