package org.supervision.task.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.supervision.contracts.EventSchemas;
import org.supervision.contracts.EventType;
import org.supervision.contracts.Topics;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.DirectoryUnits;
import org.supervision.task.testing.PublishedPlan;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Every event task-service really sends, made through its API (and, for the warning, its sweep) and read back
 * from Kafka, is valid by the contracts' schemas: the envelope by the envelope's, its data by its type's. Each
 * type task-service owns (every type of the task topic) is sent at least once, nullable fields both set and
 * left empty where the API allows (a plain move and a decided extension; a cycle set and removed).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class OutgoingEventsMatchContractsTest {

    private static final Set<String> SENT = new TreeSet<>();
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    EntityManager entityManager;

    @Test
    void everyEventTaskServiceSendsIsValidByItsContract() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String lead = plan.assignmentOf(PublishedPlan.FGW, "1");
        checkSent(lead, "supervision.assignment.issued.v1", 1);

        // accepted (no previous deadline, no decision), an extension asked for, then decided (both set)
        String fgw = TestTokens.unitOfficer(PublishedPlan.FGW);
        String etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", PublishedPlan.etagOf(lead))
                .body("{\"personInCharge\": \"张三\"}").when().post("/api/v1/assignments/" + lead + "/accept")
                .then().statusCode(200).extract().header("ETag");
        ExtractableResponse<Response> extension = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"requestedDeadline\": \"2031-03-31\", \"reason\": \"系统采购延迟\"}")
                .when().post("/api/v1/assignments/" + lead + "/extensions").then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", extension.header("ETag"))
                .body("{\"approve\": true, \"note\": \"同意\"}")
                .when().post("/api/v1/assignments/" + lead + "/extensions/" + extension.path("id") + "/decision")
                .then().statusCode(200);
        List<ConsumerRecord<String, String>> changes = checkSent(lead, "supervision.assignment.changed.v1", 3);
        assertEquals(List.of("ACCEPT", "REQUEST_EXTENSION", "DECIDE_EXTENSION"), changes.stream().map(r -> data(r, "action")).toList());

        // a reporting cycle whose due date has passed since the work was issued: the sweep finds the report missing
        String cycle = "/api/v1/supervision/reporting-cycles/" + plan.planId();
        String cycleTag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"frequency\": \"WEEKLY\", \"dueDay\": 1}").when().put(cycle).then().statusCode(200).extract().header("ETag");
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update assignment set created_at = now() - interval '30 days' where plan_id = cast(:plan as uuid)")
                .setParameter("plan", plan.planId().toString()).executeUpdate());
        given().auth().oauth2(TestTokens.supervisor()).when().post("/api/v1/supervision/warning-sweep").then().statusCode(200);
        checkSent(lead, "supervision.assignment.warning-changed.v1", 1);
        given().auth().oauth2(TestTokens.supervisor()).header("If-Match", cycleTag).when().delete(cycle).then().statusCode(204);
        List<ConsumerRecord<String, String>> cycles = checkSent(plan.planId().toString(),
                "supervision.plan.reporting-cycle.changed.v1", 2);
        assertEquals(List.of("SET", "REMOVED"), cycles.stream().map(r -> data(r, "action")).toList());

        // a notice issued, then answered (its response date, assignment list and state all set)
        LocalDate respondBy = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
        ExtractableResponse<Response> notice = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"unitCode": "%s", "assignmentIds": ["%s"], "title": "关于契约测试的督办单", "body": "请书面报告进展。",
                         "respondBy": "%s"}""".formatted(PublishedPlan.FGW, lead, respondBy))
                .when().post("/api/v1/notices").then().statusCode(201).extract();
        String noticeId = notice.path("id");
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", notice.header("ETag"))
                .body("{\"text\": \"已按要求完成。\"}").when().post("/api/v1/notices/" + noticeId + "/response").then().statusCode(200);
        checkSent(noticeId, "supervision.notice.changed.v1", 2);

        // urged by hand twice: with a message, then with none (message null)
        String urgeTag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .header("If-Match", PublishedPlan.etagOf(lead)).body("{\"message\": \"请于本周五前报送整改进展。\"}")
                .when().post("/api/v1/assignments/" + lead + "/urge").then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", urgeTag).body("{}")
                .when().post("/api/v1/assignments/" + lead + "/urge").then().statusCode(201);
        List<ConsumerRecord<String, String>> urges = checkSent(lead, "supervision.assignment.urged.v1", 2);
        assertEquals(List.of("1", "2"), urges.stream().map(r -> data(r, "urgeCount")).toList());
        // a milestone of the lead unit's work, set and reached
        String milestone = given().auth().oauth2(fgw).contentType(ContentType.JSON)
                .body("{\"title\": \"完成初步设计批复\", \"dueDate\": \"%s\"}".formatted(respondBy))
                .when().post("/api/v1/assignments/" + lead + "/milestones").then().statusCode(201).extract().header("ETag");
        String milestoneId = given().auth().oauth2(fgw).when().get("/api/v1/assignments/" + lead + "/milestones")
                .then().statusCode(200).extract().path("[0].id");
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", milestone).body("{}")
                .when().post("/api/v1/assignments/" + lead + "/milestones/" + milestoneId + "/done").then().statusCode(200);
        List<ConsumerRecord<String, String>> milestones = checkSent(lead, "supervision.assignment.milestone-changed.v1", 2);
        assertEquals(List.of("SET", "DONE"), milestones.stream().map(r -> data(r, "action")).toList());
        // a supervision item's work (督办事项, from no plan): issued and changed with itemId (and itemSource) set
        String itemUnit = DirectoryUnits.add(kafka, entityManager, "CT", "市住房城乡建设局", "ACTIVE");
        String itemWork = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"source": "LEADER_INSTRUCTION", "basis": {"title": "市领导批示", "docNumber": "钦委批〔2026〕15号"},
                         "category": "优化营商环境", "title": "落实批示：压缩企业开办时间", "content": "请于期限内完成并反馈。",
                         "leadUnits": ["%s"], "deadline": "%s"}""".formatted(itemUnit, respondBy))
                .when().post("/api/v1/supervision/items").then().statusCode(201).extract().path("assignments[0].assignmentId");
        String itemId = data(checkSent(itemWork, "supervision.assignment.issued.v1", 1).get(0), "itemId");
        assertEquals(36, itemId.length(), "the item's id is set: " + itemId);
        assertEquals("LEADER_INSTRUCTION", data(kafka.await(Topics.TASK, r -> itemWork.equals(r.key()), Duration.ofSeconds(20)), "itemSource"));
        given().auth().oauth2(TestTokens.unitOfficer(itemUnit)).contentType(ContentType.JSON).header("If-Match", PublishedPlan.etagOf(itemWork))
                .body("{}").when().post("/api/v1/assignments/" + itemWork + "/accept").then().statusCode(200);
        assertEquals(itemId, data(checkSent(itemWork, "supervision.assignment.changed.v1", 1).get(0), "itemId"));
        // a bulletin of this month for the plan, published: every unit of the plan is named in it
        String bulletinId = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"period\": \"%s\", \"planId\": \"%s\", \"documentNumber\": \"钦督通〔2026〕1号\"}"
                        .formatted(java.time.YearMonth.now(ZoneId.of("Asia/Shanghai")), plan.planId()))
                .when().post("/api/v1/supervision/bulletins").then().statusCode(201).extract().path("id");
        List<ConsumerRecord<String, String>> bulletins = checkSent(bulletinId, "supervision.bulletin.published.v1", 1);
        assertEquals(3, bulletins.get(0).value().split("\"unitCode\"").length - 1, "the three units of the plan are named");

        Set<String> owned = Arrays.stream(EventType.values()).filter(t -> t.topic().equals(Topics.TASK))
                .map(EventType::type).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(owned, SENT, "every type task-service sends was sent and checked");
    }

    /** Waits for {@code count} events of {@code type} under {@code key} on the task topic and checks each against the contracts. */
    private List<ConsumerRecord<String, String>> checkSent(String key, String type, int count) {
        List<ConsumerRecord<String, String>> sent = kafka.awaitAll(Topics.TASK,
                r -> key.equals(r.key()) && r.value().contains("\"" + type + "\""), count, Duration.ofSeconds(20));
        for (ConsumerRecord<String, String> r : sent) {
            EventType checked = EventSchemas.assertEvent(r.value());
            assertEquals(type, checked.type());
            assertEquals(Topics.TASK, checked.topic(), type + " travels on its topic");
            assertEquals(key, field(r.value(), "subject"), "keyed by its subject");
            SENT.add(type);
        }
        return sent;
    }

    private static String data(ConsumerRecord<String, String> r, String name) {
        try {
            return EventSchemas.JSON.readTree(r.value()).path("data").path(name).asText();
        } catch (Exception e) {
            throw new AssertionError(r.value(), e);
        }
    }

    private static String field(String json, String name) {
        try {
            return EventSchemas.JSON.readTree(json).path(name).asText();
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }
}
