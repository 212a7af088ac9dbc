package org.supervision.task.item;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.supervision.contracts.EventSchemas;
import org.supervision.contracts.Topics;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.DirectoryUnits;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** 督办事项 through the API with real tokens: raised by the office, worked by units as a plan's work is, read by whom it concerns. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class SupervisionItemsTest {

    private static final String ITEMS = "/api/v1/supervision/items";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    EntityManager entityManager;

    private String unit(String name) {
        return DirectoryUnits.add(kafka, entityManager, "IT", name, "ACTIVE");
    }

    private static String body(String source, String lead, String cooperating, LocalDate deadline) {
        return """
                {"source": "%s",
                 "basis": {"title": "12345热线工单：港区道路雨后积水", "docNumber": "QZ12345-20261203-0417", "date": "%s"},
                 "category": "城市管理", "priority": "HIGH",
                 "title": "港区道路积水问题整改", "content": "市民反映港区道路每逢降雨积水严重，请疏通排水管网并书面反馈。",
                 "leadUnits": ["%s"], "cooperatingUnits": [%s], "deadline": "%s"}"""
                .formatted(source, TODAY.minusDays(2), lead, cooperating == null ? "" : "\"" + cooperating + "\"", deadline);
    }

    private static ExtractableResponse<Response> create(String json) {
        return given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(json)
                .when().post(ITEMS).then().statusCode(201).extract();
    }

    @Test
    void theOfficeRaisesAnItemAndEachUnitGetsAnIssuedAssignmentWhoseEventNamesTheItem() throws Exception {
        String lead = unit("市住房城乡建设局");
        String coop = unit("市市政管理局");
        ExtractableResponse<Response> created = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(body("HOTLINE_12345", lead, coop, TODAY.plusDays(30))
                        .replace("\"deadline\"", "\"number\": \"X-1\", \"state\": \"COMPLETED\", \"deadline\""))
                .when().post(ITEMS)
                .then().statusCode(201).header("Location", containsString(ITEMS + "/")).header("ETag", equalTo("\"0\""))
                .body("number", matchesPattern("DB-\\d{4}-\\d{4,}")).body("source", equalTo("HOTLINE_12345"))
                .body("state", equalTo("OPEN")).body("priority", equalTo("HIGH")).body("category", equalTo("城市管理"))
                .body("basis.docNumber", equalTo("QZ12345-20261203-0417")).body("basis.date", equalTo(TODAY.minusDays(2).toString()))
                .body("leadUnits", contains(lead)).body("cooperatingUnits", contains(coop)).body("createdBy", equalTo("supervisor"))
                .body("assignments", hasSize(2)).body("assignments[0].unitCode", equalTo(lead))
                .body("assignments[0].role", equalTo("LEAD")).body("assignments[1].role", equalTo("COOPERATING"))
                .body("assignments.state", everyItem(equalTo("ISSUED"))).body("assignments.warningLevel", everyItem(equalTo("GREEN")))
                .extract();
        String id = created.path("id");
        String number = created.path("number");
        assertEquals(true, created.header("Location").endsWith(ITEMS + "/" + id), created.header("Location"));
        given().auth().oauth2(TestTokens.leader()).when().get(created.header("Location")).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("id", equalTo(id)).body("title", equalTo("港区道路积水问题整改"));

        // the work is an assignment as a plan's is: the item is its plan and its measure
        String leadWork = created.path("assignments[0].assignmentId");
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + leadWork).then().statusCode(200)
                .body("planId", equalTo(id)).body("measureId", equalTo(id)).body("measureNumber", equalTo(number))
                .body("measureTitle", equalTo("港区道路积水问题整改")).body("source", equalTo("HOTLINE_12345")).body("itemId", equalTo(id))
                .body("deadline", equalTo(TODAY.plusDays(30).toString())).body("state", equalTo("ISSUED"));
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + leadWork + "/audit").then().statusCode(200)
                .body("[0].action", equalTo("ISSUE")).body("[0].actor", equalTo("supervisor"));

        ConsumerRecord<String, String> issued = kafka.await(Topics.TASK, r -> leadWork.equals(r.key())
                && r.value().contains("supervision.assignment.issued.v1"), Duration.ofSeconds(20));
        EventSchemas.assertEvent(issued.value());
        JsonNode data = EventSchemas.JSON.readTree(issued.value()).path("data");
        assertEquals(id, data.path("itemId").asText());
        assertEquals("HOTLINE_12345", data.path("itemSource").asText());
        assertEquals(id, data.path("planId").asText());
        assertEquals(id, data.path("measureId").asText());
        assertEquals("港区道路积水问题整改", data.path("planTitle").asText());
        assertEquals(lead, data.path("unitCode").asText());
        assertEquals("LEAD", data.path("role").asText());
    }

    @Test
    void theItemsWorkGoesThroughTheWholeLifecycleAndTheItemIsCompletedWhenItIsDone() {
        String lead = unit("市行政审批局");
        String coop = unit("市市场监管局");
        ExtractableResponse<Response> created = create(body("LEADER_INSTRUCTION", lead, coop, TODAY.plusDays(60)));
        String id = created.path("id");
        String leadWork = created.path("assignments[0].assignmentId");
        String coopWork = created.path("assignments[1].assignmentId");
        String officer = TestTokens.unitOfficer(lead);

        String etag = given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etagOf(leadWork))
                .body("{\"personInCharge\": \"李四\"}").when().post("/api/v1/assignments/" + leadWork + "/accept")
                .then().statusCode(200).body("state", equalTo("ACCEPTED")).extract().header("ETag");
        etag = given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"percent\": 60, \"narrative\": \"已制定方案，正在推进。\"}").when().post("/api/v1/assignments/" + leadWork + "/reports")
                .then().statusCode(201).extract().header("ETag");
        etag = given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"requestedDeadline\": \"" + TODAY.plusDays(90) + "\", \"reason\": \"需协调省级系统\"}")
                .when().post("/api/v1/assignments/" + leadWork + "/extensions").then().statusCode(201).extract().header("ETag");
        etag = given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", etagOf(leadWork))
                .body("{\"summary\": \"已全部完成。\"}").when().post("/api/v1/assignments/" + leadWork + "/completion-request")
                .then().statusCode(200).body("state", equalTo("COMPLETION_REQUESTED")).extract().header("ETag");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"COMPLETE\"}").when().post("/api/v1/assignments/" + leadWork + "/review")
                .then().statusCode(200).body("state", equalTo("COMPLETED"));

        // one unit done, the other still open: the item is open
        given().auth().oauth2(TestTokens.supervisor()).when().get(ITEMS + "/" + id).then().statusCode(200)
                .body("state", equalTo("OPEN")).body("assignments.find { it.unitCode == '%s' }.state".formatted(lead), equalTo("COMPLETED"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etagOf(coopWork))
                .body("{\"reason\": \"配合事项已并入牵头单位办理\"}").when().post("/api/v1/assignments/" + coopWork + "/cancel")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.supervisor()).when().get(ITEMS + "/" + id).then().statusCode(200).body("state", equalTo("COMPLETED"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("state", "COMPLETED").queryParam("unitCode", lead)
                .when().get(ITEMS).then().statusCode(200).body("id", contains(id));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("state", "OPEN").queryParam("unitCode", lead)
                .when().get(ITEMS).then().statusCode(200).body("size()", equalTo(0));

        // the changes were told with the item's id
        List<ConsumerRecord<String, String>> changes = kafka.awaitAll(Topics.TASK, r -> leadWork.equals(r.key())
                && r.value().contains("supervision.assignment.changed.v1"), 5, Duration.ofSeconds(20));
        changes.forEach(r -> {
            EventSchemas.assertEvent(r.value());
            assertEquals(id, field(r.value(), "itemId"));
        });
    }

    @Test
    void aDisputedItemReassignedToAnotherUnitStaysTheItemsWork() {
        String lead = unit("市发展改革委");
        String other = unit("市工业和信息化局");
        ExtractableResponse<Response> created = create(body("INSPECTION", lead, null, TODAY.plusDays(20)));
        String id = created.path("id");
        String work = created.path("assignments[0].assignmentId");
        String etag = given().auth().oauth2(TestTokens.unitOfficer(lead)).contentType(ContentType.JSON).header("If-Match", etagOf(work))
                .body("{\"reason\": \"不属于本单位职责\"}").when().post("/api/v1/assignments/" + work + "/dispute")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"REASSIGN\", \"unitCode\": \"" + other + "\", \"reason\": \"改由工信局办理\"}")
                .when().post("/api/v1/assignments/" + work + "/dispute-decision").then().statusCode(200);
        given().auth().oauth2(TestTokens.unitOfficer(other)).when().get(ITEMS + "/" + id).then().statusCode(200)
                .body("state", equalTo("OPEN")).body("assignments", hasSize(1))
                .body("assignments[0].unitCode", equalTo(other)).body("assignments[0].state", equalTo("ISSUED"));
        given().auth().oauth2(TestTokens.unitOfficer(other)).queryParam("planId", id).when().get("/api/v1/assignments")
                .then().statusCode(200).body("source", contains("INSPECTION")).body("itemId", contains(id));
    }

    @Test
    void anItemsWorkIsSweptIntoRedWhenLateAndCountsInStatisticsBySource() {
        String lead = unit("市交通运输局");
        String id = create(body("AUDIT", lead, null, TODAY.plusDays(40))
                .replace("\"deadline\"", "\"reportingCycle\": {\"frequency\": \"MONTHLY\", \"dueDay\": 5}, \"deadline\"")).path("id");
        given().auth().oauth2(TestTokens.leader()).when().get("/api/v1/supervision/reporting-cycles/" + id).then().statusCode(200)
                .body("frequency", equalTo("MONTHLY")).body("dueDay", equalTo(5));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update assignment set deadline = cast(:late as date) where item_id = cast(:item as uuid)")
                .setParameter("late", TODAY.minusDays(3).toString()).setParameter("item", id).executeUpdate());
        given().auth().oauth2(TestTokens.supervisor()).when().post("/api/v1/supervision/warning-sweep").then().statusCode(200);
        given().auth().oauth2(TestTokens.leader()).when().get(ITEMS + "/" + id).then().statusCode(200)
                .body("assignments[0].warningLevel", equalTo("RED"));

        given().auth().oauth2(TestTokens.leader()).queryParam("unitCode", lead).queryParam("source", "AUDIT")
                .when().get("/api/v1/supervision/statistics").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].key", equalTo(lead)).body("[0].total", equalTo(1))
                .body("[0].overdue", equalTo(1)).body("[0].red", equalTo(1));
        given().auth().oauth2(TestTokens.leader()).queryParam("unitCode", lead).queryParam("source", "PLAN")
                .queryParam("source", "HOTLINE_12345").when().get("/api/v1/supervision/statistics").then().statusCode(200)
                .body("size()", equalTo(0));
        given().auth().oauth2(TestTokens.unitOfficer(lead)).queryParam("groupBy", "PLAN")
                .when().get("/api/v1/supervision/statistics").then().statusCode(200)
                .body("key", hasItem(id)).body("label", hasItem("港区道路积水问题整改"));
        given().auth().oauth2(TestTokens.leader()).queryParam("source", "ITEM").when().get("/api/v1/supervision/statistics")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("source"));
    }

    @Test
    void onlyTheOfficeRaisesItemsAndAUnitOfficerReadsOnlyItemsThatAssignTheirUnit() {
        String lead = unit("市商务局");
        String coop = unit("市财政局");
        String stranger = unit("市文化旅游局");
        String json = body("OTHER", lead, coop, TODAY.plusDays(10));
        for (String token : List.of(TestTokens.leader(), TestTokens.unitOfficer(lead), TestTokens.integration())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(json).when().post(ITEMS).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(json).when().post(ITEMS).then().statusCode(401);
        ExtractableResponse<Response> created = create(json);
        String id = created.path("id");
        String coopWork = created.path("assignments[1].assignmentId");

        // the cooperating unit reads the item with its own work only; a unit it does not assign hears 404
        given().auth().oauth2(TestTokens.unitOfficer(coop)).when().get(ITEMS + "/" + id).then().statusCode(200)
                .body("assignments.assignmentId", contains(coopWork));
        given().auth().oauth2(TestTokens.unitOfficer(stranger)).when().get(ITEMS + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.unitOfficer(stranger)).queryParam("unitCode", lead).when().get(ITEMS).then().statusCode(200)
                .header("X-Total-Count", "0").body("size()", equalTo(0));
        given().auth().oauth2(TestTokens.unitOfficer(coop)).when().get(ITEMS).then().statusCode(200)
                .header("X-Total-Count", "1").body("id", contains(id));
        given().auth().oauth2(TestTokens.leader()).queryParam("unitCode", coop).queryParam("source", "OTHER").when().get(ITEMS)
                .then().statusCode(200).body("id", contains(id));
        given().auth().oauth2(TestTokens.leader()).queryParam("unitCode", coop).queryParam("source", "AUDIT").when().get(ITEMS)
                .then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(TestTokens.leader()).when().get(ITEMS + "/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.token("nobody", List.of(), null)).when().get(ITEMS + "/" + id).then().statusCode(403);
    }

    @Test
    void badInputIsA400NamingTheFieldAndTheRuleAndNothingIsWritten() {
        String lead = unit("市自然资源局");
        String retired = DirectoryUnits.add(kafka, entityManager, "IT", "已撤销单位", "RETIRED");
        long before = items();
        assertRefused(body("HOTLINE_12345", lead, "QZ-NO-SUCH-UNIT", TODAY.plusDays(5)), "cooperatingUnits[0]", "unknown-unit");
        assertRefused(body("HOTLINE_12345", "QZ-NO-SUCH-UNIT", null, TODAY.plusDays(5)), "leadUnits[0]", "unknown-unit");
        assertRefused(body("HOTLINE_12345", lead, retired, TODAY.plusDays(5)), "cooperatingUnits[0]", "retired-unit");
        assertRefused(body("HOTLINE_12345", lead, lead, TODAY.plusDays(5)), "cooperatingUnits[0]", "duplicate-unit");
        assertRefused(body("HOTLINE_12345", lead, null, TODAY.minusDays(1)), "deadline", "not-in-past");
        assertRefused(body("HOTLINE_12345", lead, null, LocalDate.of(2101, 1, 1)), "deadline", "deadline-range");
        assertRefused(body("PLAN", lead, null, TODAY.plusDays(5)), "source", "item-source");
        assertRefused(body("RUMOUR", lead, null, TODAY.plusDays(5)), "source", "type");
        assertRefused(body("HOTLINE_12345", lead, null, TODAY.plusDays(5)).replace("\"date\": \"" + TODAY.minusDays(2),
                "\"date\": \"" + TODAY.plusDays(1)), "basis.date", "not-in-future");
        assertRefused(body("HOTLINE_12345", lead, null, TODAY.plusDays(5)).replace("12345热线工单：港区道路雨后积水", " "),
                "basis.title", "notBlank");
        assertRefused(body("HOTLINE_12345", lead, null, TODAY.plusDays(5)).replace("[\"" + lead + "\"]", "[]"),
                "leadUnits", "notEmpty");
        assertRefused(body("HOTLINE_12345", lead, null, TODAY.plusDays(5))
                .replace("\"deadline\"", "\"reportingCycle\": {\"frequency\": \"WEEKLY\", \"dueDay\": 9}, \"deadline\""),
                "reportingCycle.dueDay", "day-of-week");
        assertRefused(body("HOTLINE_12345", lead, null, TODAY.plusDays(5)).replace("\"priority\": \"HIGH\"", "\"priority\": \"高\""),
                "priority", "type");
        given().auth().oauth2(TestTokens.supervisor()).queryParam("state", "DONE").when().get(ITEMS).then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("size", 500).when().get(ITEMS).then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(before, items(), "no item was written");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("select count(a) from Assignment a where a.unitCode = :unit").setParameter("unit", lead).getSingleResult()),
                "no work was issued");
    }

    @Test
    void theSameIdempotencyKeyAgainAnswersTheFirstItemAndRaisesNoSecond() {
        String lead = unit("市生态环境局");
        String key = UUID.randomUUID().toString();
        String json = body("INSPECTION", lead, null, TODAY.plusDays(15));
        String first = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(json).when().post(ITEMS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(json).when().post(ITEMS).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("unitCode", lead).when().get(ITEMS).then().statusCode(200)
                .header("X-Total-Count", "1").body("id", contains(first)).body("id", not(hasItem("other")));
    }

    private void assertRefused(String json, String field, String rule) {
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(json).when().post(ITEMS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)).body("errors.find { it.field == '%s' }.rule".formatted(field), equalTo(rule));
    }

    private long items() {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("select count(i) from SupervisionItem i").getSingleResult());
    }

    private static String etagOf(String assignmentId) {
        return given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + assignmentId)
                .then().statusCode(200).extract().header("ETag");
    }

    private static String field(String json, String name) {
        try {
            return EventSchemas.JSON.readTree(json).path("data").path(name).asText();
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }
}
