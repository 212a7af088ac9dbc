package org.supervision.task.bulletin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.contracts.Topics;
import org.supervision.contracts.plan.MeasureData;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.IncomingEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * June 2024 of a plan, written as history into the audit trail (the deadlines of today differ from those of
 * then): the bulletin counts what was due, done on time and late, overdue at the month's end, missing reports,
 * 催办, returned completions and extensions as they stood then, ranks by the plan's rule and gives the 红黄牌;
 * the rule's versions change the ranking; publishing stores it; each role gets what it may.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class BulletinFromHistoryTest {

    private static final String A = "QZ-BA";
    private static final String B = "QZ-BB";
    private static final String B_NAME = "=1+1 市市场监管局"; // a name a spreadsheet would run: kept as text

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();
    private UUID planId;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void juneOf2024() {
        planId = UUID.randomUUID();
        MeasureData.UnitData a = IncomingEvents.lead(UUID.randomUUID(), A, "市发展改革委");
        MeasureData.UnitData bLead = IncomingEvents.lead(UUID.randomUUID(), B, B_NAME);
        LocalDate today = LocalDate.of(2030, 12, 31); // the deadlines now: history must not read these
        kafka.sendCloudEvent(Topics.PLAN, planId.toString(), IncomingEvents.planPublishedV1(planId, "通报测试方案", 2024,
                IncomingEvents.measure(UUID.randomUUID(), "1", List.of("一、重点任务"), "通报测试1", today, a,
                        IncomingEvents.cooperating(UUID.randomUUID(), B, B_NAME)),
                IncomingEvents.measure(UUID.randomUUID(), "2", List.of("一、重点任务"), "通报测试2", today, a),
                IncomingEvents.measure(UUID.randomUUID(), "3", List.of("一、重点任务"), "通报测试3", today, bLead),
                IncomingEvents.measure(UUID.randomUUID(), "4", List.of("一、重点任务"), "通报测试4", today, bLead)));
        JsonPath page = await(5);
        String a1 = page.getString("find { it.measureNumber == '1' && it.unitCode == '%s' }.id".formatted(A));
        String b1 = page.getString("find { it.measureNumber == '1' && it.unitCode == '%s' }.id".formatted(B));
        String a2 = page.getString("find { it.measureNumber == '2' }.id");
        String b3 = page.getString("find { it.measureNumber == '3' }.id");
        String b4 = page.getString("find { it.measureNumber == '4' }.id");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("{\"frequency\": \"MONTHLY\", \"dueDay\": 5}")
                .when().put("/api/v1/supervision/reporting-cycles/" + planId).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update assignment set created_at = timestamptz '2024-05-01 09:00+08' where plan_id = cast(:p as uuid)")
                    .setParameter("p", planId.toString()).executeUpdate();
            issue(a1, "2024-06-10");
            issue(b1, "2024-06-10");
            issue(a2, "2024-06-20");
            issue(b3, "2024-06-25");
            issue(b4, "2024-06-30");
            // A/1: returned once, then completed on time
            audit(a1, "2024-06-03 10:00", "REQUEST_COMPLETION", "IN_PROGRESS", "COMPLETION_REQUESTED", null);
            audit(a1, "2024-06-05 10:00", "RETURN", "COMPLETION_REQUESTED", "IN_PROGRESS", null);
            audit(a1, "2024-06-08 10:00", "COMPLETE", "COMPLETION_REQUESTED", "COMPLETED", null);
            // A/2: an extension to July approved in June: neither due nor overdue in June
            audit(a2, "2024-06-15 10:00", "DECIDE_EXTENSION", "IN_PROGRESS", "IN_PROGRESS", "2024-07-20");
            entityManager.createNativeQuery("""
                    insert into extension_request (id, assignment_id, requested_deadline, reason, state, requested_by, requested_at,
                                                   decided_by, decided_at)
                    values (gen_random_uuid(), cast(:a as uuid), date '2024-07-20', '测试', 'APPROVED', 'officer',
                            timestamptz '2024-06-10 10:00+08', 'supervisor', timestamptz '2024-06-15 10:00+08')""")
                    .setParameter("a", a2).executeUpdate();
            // B/1 (cooperating): chased twice in June (once more in July), still open at the end, completed in July
            audit(b1, "2024-06-12 10:00", "URGE", "ACCEPTED", "ACCEPTED", null);
            audit(b1, "2024-06-20 10:00", "URGE", "ACCEPTED", "ACCEPTED", null);
            audit(b1, "2024-07-02 10:00", "URGE", "ACCEPTED", "ACCEPTED", null);
            audit(b1, "2024-07-05 10:00", "COMPLETE", "COMPLETION_REQUESTED", "COMPLETED", null);
            // B/3: completed late; B/4 open past its deadline of 30 June
            audit(b3, "2024-06-28 10:00", "COMPLETE", "COMPLETION_REQUESTED", "COMPLETED", null);
            // reports for June's due date (5 June) came from A only
            report(a1, "2024-05-20 10:00");
            report(a2, "2024-05-20 10:00");
        });
    }

    @Test
    void juneIsCountedFromHistoryRankedAndCarded() {
        JsonPath june = bulletin(TestTokens.leader());
        assertEquals(planId.toString(), june.getString("planId"));
        assertEquals(0, june.getInt("ruleVersion"));
        assertEquals(List.of(A, B), june.getList("units.unitCode"));
        // A: 100 + 1 on time × 2 − 1 extension − 1 returned × 2 = 99
        assertLine(june, A, "99.0", "NONE", 1, 1, 0, 0, 0, 0, 1, 1, 0);
        // B: 100 − 5 (lead overdue) − 2 × 2 (lead missing) − 2 (cooperating overdue) − 1 (cooperating missing) − 2 × 0.5 (urges) = 87
        assertLine(june, B, "87.0", "YELLOW", 3, 0, 1, 2, 3, 2, 0, 0, 2);
        assertEquals(22, june.getInt("units.find { it.unitCode == '%s' }.daysOverdue".formatted(B)));
        assertEquals(List.of("1", "4"), june.getList("overdueItems.measureNumber"));
        assertEquals("2024-06-10", june.getString("overdueItems[0].deadline"));
        assertEquals(21, june.getInt("overdueItems[0].daysOverdue"));
        assertEquals(4, june.getInt("totals.due"));
        assertEquals(1, june.getInt("totals.unitsWithYellowCard"));

        // the office weighs cooperating 催办 at −5 from now on: a new version, the old one still readable
        String rules = "/api/v1/supervision/ranking-rules/" + planId;
        String body = """
                {"lead": {"onTime": 2, "overdue": -5, "reportsMissing": -2, "urges": -1, "extensions": -1, "returned": -2},
                 "cooperating": {"onTime": 1, "overdue": -2, "reportsMissing": -1, "urges": -5, "extensions": -0.5, "returned": -1},
                 "reason": "考核办法修订"}""";
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(body).when().put(rules)
                .then().statusCode(428);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "0").body(body)
                .when().put(rules).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("changedBy", equalTo("supervisor"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "0").body(body)
                .when().put(rules).then().statusCode(412);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "1")
                .body(body.replace("\"onTime\": 2", "\"onTime\": 500")).when().put(rules).then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.leader()).when().get(rules).then().statusCode(200)
                .body("version", equalTo(1)).body("rule.cooperating.urges", equalTo(-5)).body("reason", equalTo("考核办法修订"));
        given().auth().oauth2(TestTokens.leader()).queryParam("version", 0).when().get(rules).then().statusCode(200)
                .body("rule.cooperating.urges", equalTo(-0.5f));
        given().auth().oauth2(TestTokens.leader()).when().get(rules + "/versions").then().statusCode(200)
                .body("version", contains(1)).body("[0].changedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(TestTokens.leader()).queryParam("version", 7).when().get(rules).then().statusCode(404);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "0").body(body)
                .when().put("/api/v1/supervision/ranking-rules/" + UUID.randomUUID()).then().statusCode(404);

        JsonPath stricter = bulletin(TestTokens.supervisor());
        assertEquals(1, stricter.getInt("ruleVersion"));
        assertEquals("78.0", stricter.getString("units.find { it.unitCode == '%s' }.score".formatted(B)));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId).queryParam("period", "2024-06")
                .when().get("/api/v1/supervision/ranking/assessment").then().statusCode(200)
                .body("unitCode", contains(A, B)).body("[1].score", equalTo(78.0f))
                .body("[1].breakdown.find { it.role == 'COOPERATING' && it.kind == 'URGES' }.points", equalTo(-10));
    }

    @Test
    void theBulletinIsAnOfficialDocumentAndASafeWorkbook() throws IOException {
        byte[] docx = given().auth().oauth2(TestTokens.supervisor()).queryParam("period", "2024-06").queryParam("planId", planId)
                .accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .when().get("/api/v1/supervision/bulletins").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"bulletin-2024-06.docx\"")).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            assertEquals("督查督办工作通报", paragraphs.get(0).getText());
            assertEquals("C00000", paragraphs.get(0).getRuns().get(0).getColor(), "the 红头 is red");
            assertTrue(paragraphs.get(1).getText().matches("〔\\d{4}〕 +号"), "the 文号 placeholder: " + paragraphs.get(1).getText());
            String text = paragraphs.stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("关于2024年6月《通报测试方案》落实情况的通报"), text);
            assertTrue(text.contains("抄送："), text);
            assertTrue(text.contains("亮红牌单位0个，亮黄牌单位1个"), text);
            assertEquals(2, doc.getTables().size(), "the ranking and the overdue work");
            assertEquals("市发展改革委", doc.getTables().get(0).getRow(1).getCell(1).getText());
        }
        byte[] xlsx = given().auth().oauth2(TestTokens.leader()).queryParam("period", "2024-06").queryParam("planId", planId)
                .queryParam("format", "xlsx").when().get("/api/v1/supervision/bulletins").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(List.of("概况", "单位排名", "得分明细", "逾期事项"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)));
            XSSFCell name = book.getSheet("单位排名").getRow(2).getCell(2);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals(B_NAME, name.getStringCellValue());
            assertTrue(name.getCellStyle().getQuotePrefixed(), "text that looks like a formula is quote-prefixed");
            assertEquals(87.0, book.getSheet("单位排名").getRow(2).getCell(3).getNumericCellValue());
        }
    }

    @Test
    void publishingStoresTheBulletinOnceAndEachRoleGetsWhatItMay() throws IOException {
        String request = "{\"period\": \"2024-06\", \"planId\": \"" + planId + "\", \"documentNumber\": \"钦督通〔2024〕6号\"}";
        String key = UUID.randomUUID().toString();
        var created = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request).when().post("/api/v1/supervision/bulletins").then().statusCode(201)
                .body("content.units.unitCode", contains(A, B)).extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/supervision/bulletins/" + id));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request).when().post("/api/v1/supervision/bulletins").then().statusCode(201).body("id", equalTo(id));
        given().auth().oauth2(TestTokens.leader()).queryParam("planId", planId).when().get("/api/v1/supervision/bulletins/published")
                .then().statusCode(200).body("id", contains(id)).body("[0].documentNumber", equalTo("钦督通〔2024〕6号"));
        given().auth().oauth2(TestTokens.leader()).when().get("/api/v1/supervision/bulletins/" + id).then().statusCode(200)
                .body("content.units.find { it.unitCode == '%s' }.card".formatted(B), equalTo("YELLOW"));
        byte[] docx = given().auth().oauth2(TestTokens.leader()).queryParam("format", "DOCX")
                .when().get("/api/v1/supervision/bulletins/" + id).then().statusCode(200).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals("钦督通〔2024〕6号", doc.getParagraphs().get(1).getText(), "the stored 文号 replaces the placeholder");
        }
        given().auth().oauth2(TestTokens.leader()).when().get("/api/v1/supervision/bulletins/" + UUID.randomUUID()).then().statusCode(404);

        // bad input: named field, no 500
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("{\"period\": \"2024-13\"}")
                .when().post("/api/v1/supervision/bulletins").then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("period", "June").when().get("/api/v1/supervision/bulletins")
                .then().statusCode(400).body("errors[0].field", equalTo("period"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("period", "2099-01").when().get("/api/v1/supervision/bulletins")
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.supervisor()).queryParam("period", "2024-06").queryParam("format", "pdf")
                .when().get("/api/v1/supervision/bulletins").then().statusCode(400).body("errors[0].field", equalTo("format"));

        // a leader reads only; a unit officer reads bulletins in the inbox, not here, and sets no rule
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON).body(request)
                .when().post("/api/v1/supervision/bulletins").then().statusCode(403);
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON).header("If-Match", "0").body("{}")
                .when().put("/api/v1/supervision/ranking-rules/" + planId).then().statusCode(403);
        String officer = TestTokens.unitOfficer(A);
        given().auth().oauth2(officer).queryParam("period", "2024-06").when().get("/api/v1/supervision/bulletins").then().statusCode(403);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(request).when().post("/api/v1/supervision/bulletins")
                .then().statusCode(403);
        given().auth().oauth2(officer).when().get("/api/v1/supervision/bulletins/published").then().statusCode(403);
        given().auth().oauth2(officer).when().get("/api/v1/supervision/bulletins/" + id).then().statusCode(403);
        given().auth().oauth2(officer).when().get("/api/v1/supervision/ranking-rules/" + planId).then().statusCode(403);
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "0").body("{}")
                .when().put("/api/v1/supervision/ranking-rules/" + planId).then().statusCode(403);
        given().auth().oauth2(officer).queryParam("period", "2024-06").when().get("/api/v1/supervision/ranking/assessment")
                .then().statusCode(403);
    }

    private JsonPath bulletin(String token) {
        return given().auth().oauth2(token).queryParam("period", "2024-06").queryParam("planId", planId)
                .when().get("/api/v1/supervision/bulletins").then().statusCode(200).extract().jsonPath();
    }

    /** due, onTime, late, overdueAtEnd, reportsMissing, urges, returned, extensions, red */
    private static void assertLine(JsonPath june, String unit, String score, String card, long... n) {
        String line = "units.find { it.unitCode == '%s' }.".formatted(unit);
        assertEquals(score, june.getString(line + "score"), unit + " score");
        assertEquals(card, june.getString(line + "card"), unit + " card");
        String[] fields = {"due", "completedOnTime", "completedLate", "overdueAtEnd", "reportsMissing", "urges", "returned", "extensions", "red"};
        for (int i = 0; i < fields.length; i++) {
            assertEquals(n[i], june.getLong(line + fields[i]), unit + " " + fields[i]);
        }
    }

    private void issue(String assignment, String deadline) {
        entityManager.createNativeQuery("""
                insert into assignment_audit (assignment_id, at, actor, action, from_state, to_state, before, after)
                values (cast(:a as uuid), timestamptz '2024-05-01 09:00+08', 'plan-service', 'ISSUE', null, 'ISSUED', null,
                        cast(:after as jsonb))""")
                .setParameter("a", assignment).setParameter("after", "{\"state\": \"ISSUED\", \"deadline\": \"" + deadline + "\"}")
                .executeUpdate();
        audit(assignment, "2024-05-02 09:00", "ACCEPT", "ISSUED", "ACCEPTED", null);
    }

    private void audit(String assignment, String at, String action, String from, String to, String deadline) {
        entityManager.createNativeQuery("""
                insert into assignment_audit (assignment_id, at, actor, action, from_state, to_state, before, after)
                values (cast(:a as uuid), cast(:at as timestamptz), 'someone', :action, :from, :to, cast('{}' as jsonb), cast(:after as jsonb))""")
                .setParameter("a", assignment).setParameter("at", at + "+08").setParameter("action", action)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("after", deadline == null ? "{}" : "{\"deadline\": \"" + deadline + "\"}").executeUpdate();
    }

    private void report(String assignment, String at) {
        entityManager.createNativeQuery("""
                insert into progress_report (id, assignment_id, percent, narrative, reported_by, reported_at)
                values (gen_random_uuid(), cast(:a as uuid), 50, '进展', 'officer', cast(:at as timestamptz))""")
                .setParameter("a", assignment).setParameter("at", at + "+08").executeUpdate();
    }

    private JsonPath await(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonPath page = given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId).queryParam("size", 200)
                    .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath();
            if (page.getList("$").size() >= count || System.nanoTime() > deadline) {
                assertEquals(count, page.getList("$").size());
                return page;
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }
}
