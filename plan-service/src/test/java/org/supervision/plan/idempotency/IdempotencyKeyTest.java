package org.supervision.plan.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.platform.idempotency.BodyHash;
import org.supervision.platform.idempotency.IdempotentRequests;
import org.supervision.platform.idempotency.KeyedRequest;
import org.supervision.platform.idempotency.RecordedAnswer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Idempotency-Key on every creating POST: a retry gets the first answer, never a second object. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class IdempotencyKeyTest {

    private static final String KEY = "Idempotency-Key";
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String PLAN = """
            {"title": "幂等测试方案 %s", "year": 2024,
             "measures": [{"number": "1", "title": "健全透明规范准入退出机制", "leadUnits": ["市发展改革委"], "deadline": "2024-12-31"}]}""";
    private static final String PLAN_TEXT = """
            钦州市幂等%s测试方案
            一、重点任务
            1.推进企业开办便利化。（牵头单位：市行政审批局）
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotentRequests requests;

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = keyed(TestTokens.supervisor(), key).contentType(ContentType.JSON)
                .body(PLAN.formatted(marker)).when().post("/api/v1/plans")
                .then().statusCode(201).extract();
        assertNull(first.header("Idempotent-Replayed"));
        ExtractableResponse<Response> retry = keyed(TestTokens.supervisor(), key).contentType(ContentType.JSON)
                .body(PLAN.formatted(marker)).when().post("/api/v1/plans")
                .then().statusCode(201).header("Idempotent-Replayed", "true").contentType(ContentType.JSON).extract();
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(1, plansNamed(marker));
    }

    @Test
    void theSameKeyForAnotherBodyOrPathIsRefusedAndCreatesNothing() {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        keyed(TestTokens.supervisor(), key).contentType(ContentType.JSON).body(PLAN.formatted(marker))
                .when().post("/api/v1/plans").then().statusCode(201);
        keyed(TestTokens.supervisor(), key).contentType(ContentType.JSON).body(PLAN.formatted(marker + "-2"))
                .when().post("/api/v1/plans")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo(KEY)).body("errors[0].rule", equalTo("idempotency-key-reused"));
        keyed(TestTokens.supervisor(), key).contentType("text/plain; charset=UTF-8").body(PLAN_TEXT.formatted(marker))
                .when().post("/api/v1/plans/imports")
                .then().statusCode(422).body("errors[0].rule", equalTo("idempotency-key-reused"));
        assertEquals(1, plansNamed(marker));
        assertEquals(0, plansNamed(marker + "-2"));
    }

    @Test
    void withoutAKeyEveryPostCreates() {
        String marker = marker();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(PLAN.formatted(marker))
                    .when().post("/api/v1/plans").then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        }
        assertEquals(2, plansNamed(marker));
    }

    @Test
    void aKeyIsTheCallersOwn() {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        String first = keyed(TestTokens.supervisor(), key).contentType(ContentType.JSON).body(PLAN.formatted(marker))
                .when().post("/api/v1/plans").then().statusCode(201).extract().header("Location");
        String other = keyed(TestTokens.token("second-supervisor", List.of("supervisor"), null), key).contentType(ContentType.JSON)
                .body(PLAN.formatted(marker)).when().post("/api/v1/plans")
                .then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .extract().header("Location");
        assertNotEquals(first, other);
        assertEquals(2, plansNamed(marker));
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        keyed(TestTokens.supervisor(), key).contentType(ContentType.JSON).body(PLAN.formatted(marker).replace("\"year\": 2024", "\"year\": \"二〇二四\""))
                .when().post("/api/v1/plans").then().statusCode(400);
        keyed(TestTokens.supervisor(), key).contentType(ContentType.JSON).body(PLAN.formatted(marker).replace("市发展改革委", "市不存在局"))
                .when().post("/api/v1/plans").then().statusCode(422).body("errors[0].rule", equalTo("unknown-unit"));
        keyed(TestTokens.supervisor(), key).contentType(ContentType.JSON).body(PLAN.formatted(marker))
                .when().post("/api/v1/plans").then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        assertEquals(1, plansNamed(marker));
    }

    @Test
    void aKeyMustBeOneToTwoHundredFiftyFivePrintableCharacters() {
        for (String bad : List.of("x".repeat(256), "café", "tab\there")) {
            keyed(TestTokens.supervisor(), bad).contentType(ContentType.JSON).body(PLAN.formatted(marker()))
                    .when().post("/api/v1/plans")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(KEY)).body("errors[0].rule", equalTo("idempotency-key-format"));
        }
        given().auth().oauth2(TestTokens.supervisor()).header(KEY, "a").header(KEY, "b").contentType(ContentType.JSON)
                .body(PLAN.formatted(marker())).when().post("/api/v1/plans").then().statusCode(400);
        keyed(TestTokens.supervisor(), "x".repeat(255)).contentType(ContentType.JSON).body(PLAN.formatted(marker()))
                .when().post("/api/v1/plans").then().statusCode(201);
    }

    @Test
    void tenParallelRetriesCreateOnePlan() throws Exception {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        String token = TestTokens.supervisor();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<ExtractableResponse<Response>>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(() -> keyed(token, key).contentType(ContentType.JSON).body(PLAN.formatted(marker))
                    .when().post("/api/v1/plans").then().extract());
        }
        List<ExtractableResponse<Response>> answers = new ArrayList<>();
        try {
            for (Future<ExtractableResponse<Response>> answer : pool.invokeAll(posts)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, plansNamed(marker));
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
        // once the first has answered, every retry gets its answer
        keyed(token, key).contentType(ContentType.JSON).body(PLAN.formatted(marker)).when().post("/api/v1/plans")
                .then().statusCode(201).header("Location", location).header("Idempotent-Replayed", "true");
    }

    @Test
    void importsOfTextAndFilesAreReplayed() {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        String location = keyed(TestTokens.supervisor(), key).contentType("text/plain; charset=UTF-8").body(PLAN_TEXT.formatted(marker))
                .when().post("/api/v1/plans/imports").then().statusCode(201).extract().header("Location");
        keyed(TestTokens.supervisor(), key).contentType("text/plain; charset=UTF-8").body(PLAN_TEXT.formatted(marker))
                .when().post("/api/v1/plans/imports")
                .then().statusCode(201).header("Location", location).header("Idempotent-Replayed", "true");

        // each multipart request has its own random boundary; the same file is still the same request
        String fileMarker = marker();
        String fileKey = UUID.randomUUID().toString();
        byte[] file = PLAN_TEXT.formatted(fileMarker).getBytes(StandardCharsets.UTF_8);
        String fileLocation = keyed(TestTokens.integration(), fileKey).multiPart("file", "方案.txt", file, "text/plain")
                .when().post("/api/v1/plans/imports").then().statusCode(201).extract().header("Location");
        keyed(TestTokens.integration(), fileKey).multiPart("file", "方案.txt", file, "text/plain")
                .when().post("/api/v1/plans/imports")
                .then().statusCode(201).header("Location", fileLocation).header("Idempotent-Replayed", "true");
        keyed(TestTokens.integration(), fileKey).multiPart("file", "方案.txt", PLAN_TEXT.formatted(fileMarker + "-2").getBytes(StandardCharsets.UTF_8),
                        "text/plain")
                .when().post("/api/v1/plans/imports").then().statusCode(422);
        assertEquals(1, plansNamed(marker));
        assertEquals(1, plansNamed(fileMarker));
        assertEquals(0, plansNamed(fileMarker + "-2"));
    }

    @Test
    void anAddedMeasureIsReplayedEvenThoughThePlanMovedOn() {
        String marker = marker();
        ExtractableResponse<Response> draft = given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8")
                .body(PLAN_TEXT.formatted(marker)).when().post("/api/v1/plans/imports").then().statusCode(201).extract();
        String key = UUID.randomUUID().toString();
        String measure = "{\"number\": \"2\", \"title\": \"新增措施\", \"leadUnits\": [{\"name\": \"市财政局\"}]}";
        ExtractableResponse<Response> added = keyed(TestTokens.supervisor(), key).header("If-Match", draft.header("ETag"))
                .contentType(ContentType.JSON).body(measure).when().post(draft.header("Location") + "/measures")
                .then().statusCode(201).body("measures", hasSize(2)).extract();
        // without the key this retry would be a 412: its If-Match is no longer current
        keyed(TestTokens.supervisor(), key).header("If-Match", draft.header("ETag")).contentType(ContentType.JSON).body(measure)
                .when().post(draft.header("Location") + "/measures")
                .then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", added.header("Location"))
                .body("measures", hasSize(2));
        given().auth().oauth2(TestTokens.supervisor()).when().get(draft.header("Location")).then().body("measures", hasSize(2));
    }

    @Test
    void unitsAndGroupsAreCreatedOnce() {
        String code = "T-" + marker().substring(0, 8).toUpperCase();
        String unit = "{\"code\": \"%s\", \"name\": \"市幂等测试局%s\", \"kind\": \"department\"}".formatted(code, code);
        String key = UUID.randomUUID().toString();
        String location = keyed(TestTokens.supervisor(), key).contentType(ContentType.JSON).body(unit)
                .when().post("/api/v1/units").then().statusCode(201).extract().header("Location");
        keyed(TestTokens.supervisor(), key).contentType(ContentType.JSON).body(unit).when().post("/api/v1/units")
                .then().statusCode(201).header("Location", location).header("Idempotent-Replayed", "true");

        String group = "{\"code\": \"G-%s\", \"name\": \"幂等测试组%s\", \"members\": []}".formatted(code, code);
        String groupKey = UUID.randomUUID().toString();
        String groupLocation = keyed(TestTokens.supervisor(), groupKey).contentType(ContentType.JSON).body(group)
                .when().post("/api/v1/units/groups").then().statusCode(201).extract().header("Location");
        keyed(TestTokens.supervisor(), groupKey).contentType(ContentType.JSON).body(group).when().post("/api/v1/units/groups")
                .then().statusCode(201).header("Location", groupLocation).header("Idempotent-Replayed", "true");
        given().auth().oauth2(TestTokens.leader()).queryParam("q", "市幂等测试局" + code).when().get("/api/v1/units")
                .then().statusCode(200).body("code", equalTo(List.of(code)));
    }

    /** A claim whose request died before answering created nothing (the answer commits with the creation). */
    @Test
    void aKeyLeftInFlightBlocksRetriesUntilItIsStaleThenTheRetryCreates() {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        String caller = "test-supervisor";
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into idempotent_request (caller, idempotency_key, method, path, body_hash, attempt, claimed_at)
                        values (?1, ?2, 'POST', '/api/v1/plans', 'died-before-answering', gen_random_uuid(), now())""")
                .setParameter(1, caller).setParameter(2, key).executeUpdate());
        keyed(TestTokens.supervisor(), key).contentType(JSON).body(PLAN.formatted(marker))
                .when().post("/api/v1/plans")
                .then().statusCode(422); // another body than the one in flight
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update idempotent_request set body_hash = ?3 where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key)
                .setParameter(3, BodyHash.of(jakarta.ws.rs.core.MediaType.valueOf(JSON),
                        PLAN.formatted(marker).getBytes(StandardCharsets.UTF_8)))
                .executeUpdate());
        keyed(TestTokens.supervisor(), key).contentType(JSON).body(PLAN.formatted(marker))
                .when().post("/api/v1/plans")
                .then().statusCode(409).contentType("application/problem+json").body("errors[0].rule", equalTo("idempotency-key-in-flight"));
        assertEquals(0, plansNamed(marker));

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update idempotent_request set claimed_at = now() - interval '3 minutes' where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key).executeUpdate());
        keyed(TestTokens.supervisor(), key).contentType(JSON).body(PLAN.formatted(marker))
                .when().post("/api/v1/plans").then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        assertEquals(1, plansNamed(marker));
    }

    /** The attempt that lost its claim to a later one cannot record an answer, so its creation rolls back. */
    @Test
    void onlyTheAttemptHoldingTheKeyMayAnswer() {
        KeyedRequest request = new KeyedRequest("test-someone", UUID.randomUUID().toString(), "POST", "/api/v1/plans", "hash");
        UUID slow = ((IdempotentRequests.Granted) requests.claim(request)).attempt();
        assertInstanceOf(IdempotentRequests.InFlight.class, requests.claim(request));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update idempotent_request set claimed_at = now() - interval '3 minutes' where idempotency_key = ?1")
                .setParameter(1, request.key()).executeUpdate());
        UUID later = ((IdempotentRequests.Granted) requests.claim(request)).attempt();
        RecordedAnswer answer = new RecordedAnswer(201, "application/json", null, null, "{}".getBytes(StandardCharsets.UTF_8));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> requests.answer(request, slow, answer)));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> requests.answer(request, later, answer)));
        IdempotentRequests.Answered replay = assertInstanceOf(IdempotentRequests.Answered.class, requests.claim(request));
        assertEquals(201, replay.answer().status());
    }

    @Test
    void keysOlderThanADayAreForgottenAndPurged() {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        String location = keyed(TestTokens.supervisor(), key).contentType(ContentType.JSON).body(PLAN.formatted(marker))
                .when().post("/api/v1/plans").then().statusCode(201).extract().header("Location");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update idempotent_request set claimed_at = now() - interval '25 hours' where idempotency_key = ?1")
                .setParameter(1, key).executeUpdate());
        String second = keyed(TestTokens.supervisor(), key).contentType(ContentType.JSON).body(PLAN.formatted(marker))
                .when().post("/api/v1/plans").then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .extract().header("Location");
        assertNotEquals(location, second);

        String old = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into idempotent_request (caller, idempotency_key, method, path, body_hash, attempt, claimed_at)
                        values ('test-old', ?1, 'POST', '/api/v1/plans', 'h', gen_random_uuid(), now() - interval '25 hours')""")
                .setParameter(1, old).executeUpdate());
        assertTrue(requests.purge() >= 1);
        assertEquals(0L, count(old));
        assertEquals(1L, count(key));
    }

    private long count(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from idempotent_request where idempotency_key = ?1").setParameter(1, key).getSingleResult()).longValue());
    }

    private static RequestSpecification keyed(String token, String key) {
        return given().auth().oauth2(token).header(KEY, key);
    }

    private static int plansNamed(String marker) {
        return Integer.parseInt(given().auth().oauth2(TestTokens.leader()).queryParam("q", marker).when().get("/api/v1/plans")
                .then().statusCode(200).extract().header("X-Total-Count"));
    }

    private static String marker() {
        return UUID.randomUUID().toString();
    }
}
