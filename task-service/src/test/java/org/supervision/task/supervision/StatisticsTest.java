package org.supervision.task.supervision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.contracts.Topics;
import org.supervision.contracts.plan.MeasureData;
import org.supervision.task.testing.IncomingEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A plan with early, late, overdue and unreported work: the numbers, the ranking and the exports
 * say what happened, and a unit officer sees only their own unit's numbers.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class StatisticsTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    EntityManager entityManager;

    @Test
    void earlyLateOverdueAndMissingWorkIsCountedAndRanked() throws IOException {
        LocalDate today = LocalDate.now(CHINA);
        UUID planId = UUID.randomUUID();
        UUID fgw = UUID.randomUUID();
        UUID scjg = UUID.randomUUID();
        MeasureData.UnitData fgwLead = IncomingEvents.lead(fgw, "QZ-FGW", "市发展改革委");
        kafka.sendCloudEvent(Topics.PLAN, planId.toString(), IncomingEvents.planPublishedV1(planId, "统计测试方案", 2026,
                IncomingEvents.measure(UUID.randomUUID(), "1", List.of("一、重点任务"), "统计测试1", today.minusDays(10), fgwLead,
                        IncomingEvents.cooperating(scjg, "QZ-SCJG", "市市场监管局")),
                IncomingEvents.measure(UUID.randomUUID(), "2", List.of("一、重点任务"), "统计测试2", today.plusDays(30), fgwLead),
                IncomingEvents.measure(UUID.randomUUID(), "3", List.of("二、保障措施"), "统计测试3", today.minusDays(5), fgwLead),
                IncomingEvents.measure(UUID.randomUUID(), "4", List.of("二、保障措施"), "统计测试4", today.plusDays(40), fgwLead)));
        JsonPath page = await(planId, 5);
        complete(page.getString("find { it.measureNumber == '1' && it.unitCode == 'QZ-FGW' }.id")); // late
        complete(page.getString("find { it.measureNumber == '2' }.id"));                            // early
        String unreported = page.getString("find { it.measureNumber == '4' }.id");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("{\"frequency\": \"MONTHLY\", \"dueDay\": 5}")
                .when().put("/api/v1/supervision/reporting-cycles/" + planId).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update assignment set created_at = now() - interval '70 days' where id = cast(:id as uuid)")
                .setParameter("id", unreported).executeUpdate());
        given().auth().oauth2(TestTokens.supervisor()).when().post("/api/v1/supervision/warning-sweep").then().statusCode(200);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("""
                {"unitCode": "QZ-FGW", "assignmentIds": ["%s"], "title": "关于第3项逾期的督办单", "body": "请说明原因", "respondBy": "%s"}"""
                .formatted(page.getString("find { it.measureNumber == '3' }.id"), today.plusDays(3)))
                .when().post("/api/v1/notices").then().statusCode(201);

        JsonPath stats = given().auth().oauth2(TestTokens.leader()).queryParam("planId", planId)
                .when().get("/api/v1/supervision/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(4, stats.getInt("find { it.key == 'QZ-FGW' }.total"));
        assertEquals(2, stats.getInt("find { it.key == 'QZ-FGW' }.completed"));
        assertEquals(0.5f, stats.getFloat("find { it.key == 'QZ-FGW' }.completionRate"));
        assertEquals(1, stats.getInt("find { it.key == 'QZ-FGW' }.completedOnTime"));
        assertEquals(0.5f, stats.getFloat("find { it.key == 'QZ-FGW' }.onTimeCompletionRate"));
        assertEquals(1, stats.getInt("find { it.key == 'QZ-FGW' }.overdue"));
        assertEquals(5, stats.getInt("find { it.key == 'QZ-FGW' }.daysOverdue"));
        assertEquals(1, stats.getInt("find { it.key == 'QZ-FGW' }.reportsMissing"));
        assertEquals(10, stats.getInt("find { it.key == 'QZ-SCJG' }.daysOverdue"));
        assertEquals(1, stats.getInt("find { it.key == 'QZ-FGW' }.noticesOpen"));
        assertEquals(0, stats.getInt("find { it.key == 'QZ-FGW' }.noticesOverdue"));
        assertEquals(0, stats.getInt("find { it.key == 'QZ-SCJG' }.noticesOpen"));

        given().auth().oauth2(TestTokens.leader()).queryParam("planId", planId).queryParam("groupBy", "SECTION")
                .when().get("/api/v1/supervision/statistics").then().statusCode(200)
                .body("key", contains("一、重点任务", "二、保障措施"))
                .body("find { it.key == '二、保障措施' }.overdue", equalTo(1));

        // 40 × 0.5 + 30 × 0.5 + 30 × 0.75 − 2 × 1 = 55.5 for FGW; SCJG has only overdue work: 0
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId).when().get("/api/v1/supervision/ranking")
                .then().statusCode(200).body("unitCode", contains("QZ-FGW", "QZ-SCJG"))
                .body("[0].score", equalTo(55.5f)).body("[1].score", equalTo(0.0f));

        // a unit officer: their own numbers, nobody else's, no ranking
        given().auth().oauth2(TestTokens.unitOfficer("QZ-SCJG")).queryParam("planId", planId)
                .when().get("/api/v1/supervision/statistics").then().statusCode(200).body("key", contains("QZ-SCJG"));
        given().auth().oauth2(TestTokens.unitOfficer("QZ-SCJG")).queryParam("planId", planId).queryParam("unitCode", "QZ-FGW")
                .when().get("/api/v1/supervision/statistics").then().statusCode(404);
        given().auth().oauth2(TestTokens.unitOfficer("QZ-SCJG")).queryParam("planId", planId)
                .when().get("/api/v1/supervision/ranking").then().statusCode(403);
        given().auth().oauth2(TestTokens.unitOfficer("QZ-SCJG")).queryParam("planId", planId).queryParam("format", "CSV")
                .when().get("/api/v1/assignments/export").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("QZ-FGW")));

        byte[] csv = given().auth().oauth2(TestTokens.leader()).queryParam("planId", planId).queryParam("format", "CSV")
                .when().get("/api/v1/supervision/statistics/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF分组,名称,任务数"), text);
        assertTrue(text.contains("QZ-FGW,市发展改革委,4"), text);

        byte[] xlsx = given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId)
                .when().get("/api/v1/assignments/export").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(6, book.getSheetAt(0).getPhysicalNumberOfRows());
            assertEquals("措施", book.getSheetAt(0).getRow(0).getCell(3).getStringCellValue());
        }
        given().auth().oauth2(TestTokens.supervisor()).queryParam("format", "PDF").when().get("/api/v1/assignments/export")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    /** Accept, report, ask to close, and close: as the unit and the supervisor would. */
    private static void complete(String id) {
        String fgw = TestTokens.unitOfficer("QZ-FGW");
        String etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag(id)).body("{}")
                .when().post("/api/v1/assignments/" + id + "/accept").then().statusCode(200).extract().header("ETag");
        etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body("{\"percent\": 100, \"narrative\": \"完成\"}")
                .when().post("/api/v1/assignments/" + id + "/reports").then().statusCode(201).extract().header("ETag");
        etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body("{\"summary\": \"已完成\"}")
                .when().post("/api/v1/assignments/" + id + "/completion-request").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"COMPLETE\"}").when().post("/api/v1/assignments/" + id + "/review").then().statusCode(200);
    }

    private static String etag(String id) {
        return given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + id).then().extract().header("ETag");
    }

    private static JsonPath await(UUID planId, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonPath page = given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId)
                    .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath();
            if (page.getList("$").size() >= count || System.nanoTime() > deadline) {
                assertEquals(count, page.getList("$").size());
                return page;
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }

}
