package org.supervision.task.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.task.testing.PublishedPlan.FGW;
import static org.supervision.task.testing.PublishedPlan.SCJG;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.platform.idempotency.IdempotentRequests;
import org.supervision.platform.idempotency.KeyedRequest;
import org.supervision.platform.idempotency.RecordedAnswer;
import org.supervision.task.testing.PublishedPlan;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Idempotency-Key on every creating POST: reports, extensions, evidence and notices are created once per key. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class IdempotencyKeyTest {

    private static final String KEY = "Idempotency-Key";
    private static final String REPORT = "{\"percent\": 40, \"narrative\": \"已完成系统改造\"}";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotentRequests requests;

    @TestHTTPResource(value = "/openapi", management = true)
    URL document;

    @Test
    void aRetriedReportIsAnsweredFromTheFirstAndStoredOnce() {
        String id = PublishedPlan.publish(kafka).assignmentOf(FGW, "1");
        String fgw = TestTokens.unitOfficer(FGW);
        String etag = accepted(fgw, id);
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = keyed(fgw, key).header("If-Match", etag).contentType(ContentType.JSON).body(REPORT)
                .when().post(action(id, "reports")).then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract();
        // a retry after a lost answer: its If-Match is no longer current, yet it gets the first answer
        ExtractableResponse<Response> retry = keyed(fgw, key).header("If-Match", etag).contentType(ContentType.JSON).body(REPORT)
                .when().post(action(id, "reports")).then().statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(1, reports(id));

        // the same key for another report: refused, nothing stored
        keyed(fgw, key).header("If-Match", first.header("ETag")).contentType(ContentType.JSON)
                .body("{\"percent\": 60, \"narrative\": \"又一次进展\"}").when().post(action(id, "reports"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo(KEY)).body("errors[0].rule", equalTo("idempotency-key-reused"));
        assertEquals(1, reports(id));
    }

    @Test
    void withoutAKeyEachReportIsStored() {
        String id = PublishedPlan.publish(kafka).assignmentOf(FGW, "1");
        String fgw = TestTokens.unitOfficer(FGW);
        String etag = accepted(fgw, id);
        etag = given().auth().oauth2(fgw).header("If-Match", etag).contentType(ContentType.JSON).body(REPORT)
                .when().post(action(id, "reports")).then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(fgw).header("If-Match", etag).contentType(ContentType.JSON).body(REPORT)
                .when().post(action(id, "reports")).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertEquals(2, reports(id));
    }

    @Test
    void anotherCallersKeyNeverReplaysSomeoneElsesAnswer() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String fgwAssignment = plan.assignmentOf(FGW, "1");
        String scjgAssignment = plan.assignmentOf(SCJG, "1");
        String fgw = TestTokens.unitOfficer(FGW);
        String scjg = TestTokens.unitOfficer(SCJG);
        String fgwTag = accepted(fgw, fgwAssignment);
        String key = UUID.randomUUID().toString();
        String fgwReport = keyed(fgw, key).header("If-Match", fgwTag).contentType(ContentType.JSON).body(REPORT)
                .when().post(action(fgwAssignment, "reports")).then().statusCode(201).extract().header("Location");
        // the very same request from another unit's officer: that assignment is not theirs
        keyed(scjg, key).header("If-Match", fgwTag).contentType(ContentType.JSON).body(REPORT)
                .when().post(action(fgwAssignment, "reports"))
                .then().statusCode(404).header("Idempotent-Replayed", nullValue()).header("Location", nullValue());
        // the same key on their own assignment: their own report
        String scjgReport = keyed(scjg, key).header("If-Match", accepted(scjg, scjgAssignment)).contentType(ContentType.JSON).body(REPORT)
                .when().post(action(scjgAssignment, "reports")).then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .extract().header("Location");
        assertNotEquals(fgwReport, scjgReport);
        assertEquals(1, reports(fgwAssignment));
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        String id = PublishedPlan.publish(kafka).assignmentOf(FGW, "1");
        String fgw = TestTokens.unitOfficer(FGW);
        String etag = accepted(fgw, id);
        String key = UUID.randomUUID().toString();
        keyed(fgw, key).header("If-Match", etag).contentType(ContentType.JSON).body("{\"percent\": 150, \"narrative\": \"超出\"}")
                .when().post(action(id, "reports")).then().statusCode(400).body("errors[0].field", equalTo("percent"));
        keyed(fgw, key).header("If-Match", "\"99\"").contentType(ContentType.JSON).body(REPORT)
                .when().post(action(id, "reports")).then().statusCode(412);
        keyed(fgw, key).header("If-Match", etag).contentType(ContentType.JSON).body(REPORT)
                .when().post(action(id, "reports")).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertEquals(1, reports(id));
    }

    @Test
    void extensionsEvidenceAndNoticesAreCreatedOncePerKey() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(FGW, "1");
        String fgw = TestTokens.unitOfficer(FGW);
        String etag = accepted(fgw, id);

        String extension = "{\"requestedDeadline\": \"2031-06-30\", \"reason\": \"需协调用地\"}";
        String key = UUID.randomUUID().toString();
        String location = keyed(fgw, key).header("If-Match", etag).contentType(ContentType.JSON).body(extension)
                .when().post(action(id, "extensions")).then().statusCode(201).extract().header("Location");
        keyed(fgw, key).header("If-Match", etag).contentType(ContentType.JSON).body(extension)
                .when().post(action(id, "extensions"))
                .then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", location);
        given().auth().oauth2(fgw).when().get(action(id, "extensions")).then().statusCode(200).body("size()", equalTo(1));

        byte[] pdf = ("%PDF-1.7\n" + key + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String fileKey = UUID.randomUUID().toString();
        String file = upload(fgw, fileKey, id, pdf).then().statusCode(201).extract().header("Location");
        upload(fgw, fileKey, id, pdf).then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", file);
        upload(fgw, fileKey, id, "%PDF-1.7\nanother\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).then().statusCode(422);
        given().auth().oauth2(fgw).when().get(action(id, "evidence")).then().statusCode(200).body("size()", equalTo(1));

        String notice = """
                {"unitCode": "%s", "assignmentIds": ["%s"], "title": "督办单", "body": "请报告进展。", "respondBy": "%s"}"""
                .formatted(FGW, id, TODAY.plusDays(10));
        String noticeKey = UUID.randomUUID().toString();
        String noticeLocation = keyed(TestTokens.supervisor(), noticeKey).contentType(ContentType.JSON).body(notice)
                .when().post("/api/v1/notices").then().statusCode(201).extract().header("Location");
        keyed(TestTokens.supervisor(), noticeKey).contentType(ContentType.JSON).body(notice).when().post("/api/v1/notices")
                .then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", noticeLocation);
        assertEquals(1, notices(plan));
    }

    @Test
    void tenParallelNoticesWithOneKeyIssueOne() throws Exception {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String notice = """
                {"unitCode": "%s", "assignmentIds": ["%s"], "title": "督办单", "body": "请报告进展。", "respondBy": "%s"}"""
                .formatted(FGW, plan.assignmentOf(FGW, "2"), TODAY.plusDays(10));
        String key = UUID.randomUUID().toString();
        String token = TestTokens.supervisor();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<ExtractableResponse<Response>>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(() -> keyed(token, key).contentType(ContentType.JSON).body(notice).when().post("/api/v1/notices").then().extract());
        }
        List<ExtractableResponse<Response>> answers = new ArrayList<>();
        try {
            for (Future<ExtractableResponse<Response>> answer : pool.invokeAll(posts)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, notices(plan));
        assertEquals(1, answers.stream().filter(a -> a.statusCode() == 201 && a.header("Idempotent-Replayed") == null).count());
        String location = answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow().header("Location");
        for (ExtractableResponse<Response> answer : answers) {
            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 409, answer.statusCode() + " " + answer.body().asString());
            if (answer.statusCode() == 201) {
                assertEquals(location, answer.header("Location"));
            } else {
                assertEquals("idempotency-key-in-flight", answer.path("errors[0].rule"));
            }
        }
    }

    @Test
    void aKeyMustBeOneToTwoHundredFiftyFivePrintableCharacters() {
        for (String bad : List.of("x".repeat(256), "café")) {
            keyed(TestTokens.supervisor(), bad).contentType(ContentType.JSON).body("{}").when().post("/api/v1/notices")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(KEY)).body("errors[0].rule", equalTo("idempotency-key-format"));
        }
    }

    /** The attempt that lost its claim to a later one cannot record an answer, so its creation rolls back. */
    @Test
    void onlyTheAttemptHoldingTheKeyMayAnswerAndOldKeysArePurged() {
        KeyedRequest request = new KeyedRequest("test-someone", UUID.randomUUID().toString(), "POST", "/api/v1/notices", "hash");
        UUID slow = ((IdempotentRequests.Granted) requests.claim(request)).attempt();
        assertInstanceOf(IdempotentRequests.InFlight.class, requests.claim(request));
        age(request.key(), "3 minutes");
        UUID later = ((IdempotentRequests.Granted) requests.claim(request)).attempt();
        RecordedAnswer answer = new RecordedAnswer(201, "application/json", null, null, "{}".getBytes(StandardCharsets.UTF_8));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> requests.answer(request, slow, answer)));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> requests.answer(request, later, answer)));
        assertInstanceOf(IdempotentRequests.Answered.class, requests.claim(request));

        age(request.key(), "25 hours");
        assertTrue(requests.purge() >= 1);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from idempotent_request where idempotency_key = ?1").setParameter(1, request.key())
                .getSingleResult()).longValue()));
    }

    @Test
    void theHeaderIsDescribedOnEveryCreatingPost() {
        JsonPath doc = given().queryParam("format", "json").when().get(document).then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> keyed = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Object parameters = operation.get("parameters");
            if (parameters != null && parameters.toString().contains("#/components/parameters/Idempotency-Key")) {
                keyed.add(method + " " + path);
            }
        }));
        keyed.sort(null);
        assertEquals(List.of("post /api/v1/assignments/{id}/evidence", "post /api/v1/assignments/{id}/extensions",
                "post /api/v1/assignments/{id}/milestones", "post /api/v1/assignments/{id}/reports",
                "post /api/v1/assignments/{id}/urge", "post /api/v1/notices", "post /api/v1/supervision/bulletins",
                "post /api/v1/supervision/items"), keyed);
        assertEquals("header", doc.getString("components.parameters.Idempotency-Key.in"));
    }

    private void age(String key, String interval) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update idempotent_request set claimed_at = now() - cast(?2 as interval) where idempotency_key = ?1")
                .setParameter(1, key).setParameter(2, interval).executeUpdate());
    }

    private static String accepted(String officer, String assignment) {
        return given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", PublishedPlan.etagOf(assignment))
                .body("{}").when().post(action(assignment, "accept")).then().statusCode(200).extract().header("ETag");
    }

    private static Response upload(String token, String key, String assignment, byte[] content) {
        return keyed(token, key).multiPart(new MultiPartSpecBuilder(content).controlName("file").fileName("report.pdf")
                .mimeType("application/pdf").build()).when().post(action(assignment, "evidence"));
    }

    private static int reports(String assignment) {
        return given().auth().oauth2(TestTokens.supervisor()).when().get(action(assignment, "reports"))
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.assignmentId == '%s' }".formatted(assignment)).size();
    }

    private static int notices(PublishedPlan plan) {
        return Integer.parseInt(given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId().toString())
                .when().get("/api/v1/notices").then().statusCode(200).extract().header("X-Total-Count"));
    }

    private static RequestSpecification keyed(String token, String key) {
        return given().auth().oauth2(token).header(KEY, key);
    }

    private static String action(String id, String action) {
        return "/api/v1/assignments/" + id + "/" + action;
    }
}
