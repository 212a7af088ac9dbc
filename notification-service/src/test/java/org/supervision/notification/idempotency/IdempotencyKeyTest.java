package org.supervision.notification.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.notification.testing.TestClock;
import org.supervision.platform.idempotency.IdempotentRequests;
import org.supervision.platform.idempotency.KeyedRequest;
import org.supervision.platform.idempotency.RecordedAnswer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Idempotency-Key on POST /api/v1/webhooks: a retried registration is answered once, with the secret it was given. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class IdempotencyKeyTest {

    private static final String KEY = "Idempotency-Key";
    private static final String WEBHOOKS = "/api/v1/webhooks";

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotentRequests requests;

    @Inject
    TestClock clock;

    @TestHTTPResource(value = "/openapi", management = true)
    URL document;

    @BeforeEach
    void now() {
        clock.set(Instant.now());
    }

    @Test
    void aRetriedRegistrationGetsTheFirstAnswerWithItsSecretAndRegistersOnce() {
        String name = "短信平台-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = keyed(TestTokens.integration(), key).contentType(ContentType.JSON).body(webhook(name))
                .when().post(WEBHOOKS).then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("secret", notNullValue()).extract();
        try {
            // the client that lost the answer needs the generated secret: the replay carries it
            ExtractableResponse<Response> retry = keyed(TestTokens.integration(), key).contentType(ContentType.JSON).body(webhook(name))
                    .when().post(WEBHOOKS).then().statusCode(201).header("Idempotent-Replayed", "true").extract();
            assertEquals(first.header("Location"), retry.header("Location"));
            assertEquals(first.body().asString(), retry.body().asString());
            assertEquals(1, registered(TestTokens.integration(), name));

            keyed(TestTokens.integration(), key).contentType(ContentType.JSON).body(webhook(name + "-2"))
                    .when().post(WEBHOOKS).then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(KEY)).body("errors[0].rule", equalTo("idempotency-key-reused"));
            assertEquals(0, registered(TestTokens.integration(), name + "-2"));
        } finally {
            stop(first.path("id"));
        }
    }

    @Test
    void withoutAKeyEachRegistrationCounts() {
        String name = "no-key-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                ids.add(given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(webhook(name))
                        .when().post(WEBHOOKS).then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id"));
            }
            assertEquals(2, registered(TestTokens.supervisor(), name));
        } finally {
            ids.forEach(this::stop);
        }
    }

    @Test
    void anotherCallersKeyNeverReplaysSomeoneElsesAnswer() {
        String name = "shared-key-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> integrations = keyed(TestTokens.integration(), key).contentType(ContentType.JSON)
                .body(webhook(name)).when().post(WEBHOOKS).then().statusCode(201).extract();
        ExtractableResponse<Response> another = keyed(TestTokens.token("another-system", List.of("integration"), null), key)
                .contentType(ContentType.JSON).body(webhook(name)).when().post(WEBHOOKS)
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract();
        try {
            assertNotEquals(integrations.header("Location"), another.header("Location"));
            assertNotEquals(integrations.<String>path("secret"), another.<String>path("secret"));
        } finally {
            stop(integrations.path("id"));
            stop(another.path("id"));
        }
    }

    @Test
    void aFailedRegistrationDoesNotUseUpItsKey() {
        String name = "corrected-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        keyed(TestTokens.integration(), key).contentType(ContentType.JSON)
                .body(Map.of("name", name, "url", "ftp://127.0.0.1/in")).when().post(WEBHOOKS)
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("url"));
        String id = keyed(TestTokens.integration(), key).contentType(ContentType.JSON).body(webhook(name)).when().post(WEBHOOKS)
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        stop(id);
    }

    @Test
    void tenParallelRegistrationsWithOneKeyRegisterOne() throws Exception {
        String name = "parallel-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String token = TestTokens.integration();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<ExtractableResponse<Response>>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(() -> keyed(token, key).contentType(ContentType.JSON).body(webhook(name)).when().post(WEBHOOKS).then().extract());
        }
        List<ExtractableResponse<Response>> answers = new ArrayList<>();
        try {
            for (Future<ExtractableResponse<Response>> answer : pool.invokeAll(posts)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        ExtractableResponse<Response> created = answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow();
        try {
            assertEquals(1, registered(token, name));
            assertEquals(1, answers.stream().filter(a -> a.statusCode() == 201 && a.header("Idempotent-Replayed") == null).count());
            for (ExtractableResponse<Response> answer : answers) {
                assertTrue(answer.statusCode() == 201 || answer.statusCode() == 409, answer.statusCode() + " " + answer.body().asString());
                if (answer.statusCode() == 201) {
                    assertEquals(created.header("Location"), answer.header("Location"));
                } else {
                    assertEquals("idempotency-key-in-flight", answer.path("errors[0].rule"));
                }
            }
        } finally {
            stop(created.path("id"));
        }
    }

    @Test
    void aKeyMustBeOneToTwoHundredFiftyFivePrintableCharacters() {
        for (String bad : List.of("x".repeat(256), "café")) {
            keyed(TestTokens.supervisor(), bad).contentType(ContentType.JSON).body(webhook("bad-key")).when().post(WEBHOOKS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(KEY)).body("errors[0].rule", equalTo("idempotency-key-format"));
        }
        assertEquals(0, registered(TestTokens.supervisor(), "bad-key"));
    }

    /** The attempt that lost its claim to a later one cannot record an answer, so its creation rolls back. */
    @Test
    void onlyTheAttemptHoldingTheKeyMayAnswerAndOldKeysArePurged() {
        KeyedRequest request = new KeyedRequest("test-someone", UUID.randomUUID().toString(), "POST", WEBHOOKS, "hash");
        UUID slow = ((IdempotentRequests.Granted) requests.claim(request)).attempt();
        assertInstanceOf(IdempotentRequests.InFlight.class, requests.claim(request));
        age(request.key(), Duration.ofMinutes(3));
        UUID later = ((IdempotentRequests.Granted) requests.claim(request)).attempt();
        RecordedAnswer answer = new RecordedAnswer(201, "application/json", null, null, "{}".getBytes(StandardCharsets.UTF_8));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> requests.answer(request, slow, answer)));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> requests.answer(request, later, answer)));
        assertInstanceOf(IdempotentRequests.Answered.class, requests.claim(request));

        age(request.key(), Duration.ofHours(25));
        assertTrue(requests.purge() >= 1);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from idempotent_request where idempotency_key = ?1").setParameter(1, request.key())
                .getSingleResult()).longValue()));
    }

    @Test
    void theHeaderIsDescribedOnTheRegistrationOnly() {
        JsonPath doc = given().queryParam("format", "json").when().get(document).then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> keyed = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Object parameters = operation.get("parameters");
            if (parameters != null && parameters.toString().contains("#/components/parameters/Idempotency-Key")) {
                keyed.add(method + " " + path);
            }
        }));
        assertEquals(List.of("post " + WEBHOOKS), keyed);
        assertEquals("header", doc.getString("components.parameters.Idempotency-Key.in"));
    }

    private void age(String key, Duration by) {
        OffsetDateTime claimed = OffsetDateTime.now(clock).minus(by);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update idempotent_request set claimed_at = ?2 where idempotency_key = ?1")
                .setParameter(1, key).setParameter(2, claimed).executeUpdate());
    }

    private static Map<String, String> webhook(String name) {
        return Map.of("name", name, "url", "http://127.0.0.1:9/hook");
    }

    private static int registered(String token, String name) {
        return given().auth().oauth2(token).when().get(WEBHOOKS).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.name == '%s' }".formatted(name)).size();
    }

    private void stop(String id) {
        given().auth().oauth2(TestTokens.supervisor()).when().delete(WEBHOOKS + "/" + id).then().statusCode(204);
    }

    private static RequestSpecification keyed(String token, String key) {
        return given().auth().oauth2(token).header(KEY, key);
    }
}
