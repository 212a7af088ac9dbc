package org.supervision.plan.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class UnitResourceTest {

    @Test
    void aSupervisorAddsAUnitWithAliasesAndEveryChangeIsPublished() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String name = "市应急管理局" + code;
        ExtractableResponse<Response> created = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "%s", "shortName": "应急局%s", "kind": "department", "aliases": ["钦州市应急管理局%s"]}"""
                        .formatted(code, name, code, code))
                .when().post("/api/v1/units")
                .then().statusCode(201).header("ETag", "\"0\"").body("status", equalTo("ACTIVE")).extract();
        String id = created.path("id");
        JsonPath event = JsonPath.from(KafkaTestClient.ofPlatform().await("supervision.unit.v1",
                r -> id.equals(r.key()) && r.value().contains("unit.created"), Duration.ofSeconds(20)).value());
        assertEquals(code, event.getString("data.code"));

        // searchable by an alias
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).queryParam("q", "钦州市应急管理局" + code).when().get("/api/v1/units")
                .then().statusCode(200).body("code", equalTo(java.util.List.of(code)));

        String update = """
                {"code": "%s", "name": "%s", "kind": "department", "aliases": ["钦州市应急管理局%s", "市应急局%s"]}"""
                .formatted(code, name, code, code);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(update)
                .when().put("/api/v1/units/" + id).then().statusCode(428);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(update).header("If-Match", "\"0\"")
                .when().put("/api/v1/units/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("aliases", hasSize(2));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(update).header("If-Match", "\"0\"")
                .when().put("/api/v1/units/" + id).then().statusCode(412);
        KafkaTestClient.ofPlatform().await("supervision.unit.v1",
                r -> id.equals(r.key()) && r.value().contains("unit.changed"), Duration.ofSeconds(20));
        // the code is what tokens and other services hold: it never changes
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(update.replace(code + "\"", "X" + code + "\""))
                .header("If-Match", "\"1\"")
                .when().put("/api/v1/units/" + id).then().statusCode(400).body("errors.rule", hasItem("immutable"));
    }

    @Test
    void namesAndAliasesAreUniqueAndKindsAreKnown() {
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\": \"T-DUP\", \"name\": \"市发展改革委\", \"kind\": \"spaceship\", \"aliases\": [\"市发改委\"]}")
                .when().post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("kind", "name", "aliases[0]"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\": \"QZ-FGW\", \"name\": \"另一个单位\", \"kind\": \"department\"}")
                .when().post("/api/v1/units")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code")).body("errors[0].rule", equalTo("unique"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\": \"bad code!\", \"name\": \"\", \"kind\": \"department\"}")
                .when().post("/api/v1/units")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("code", "name"));
    }

    /** Several of them passed the check that the code was free at once and met at the unique key: 500s. */
    @Test
    void tenParallelCreationsOfOneCodeGiveOneUnitAndNineConflictsNamingTheCode() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<Response> answers = inParallel(10, i -> given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"市并发测试局%s-%d\", \"kind\": \"department\"}".formatted(code, code, i))
                .when().post("/api/v1/units"));

        assertOneCreatedAndConflictsOn("code", answers);
        given().auth().oauth2(TestTokens.leader()).queryParam("q", code).when().get("/api/v1/units")
                .then().statusCode(200).body("code", equalTo(List.of(code)));
    }

    @Test
    void tenParallelCreationsOfOneNameGiveOneUnitAndNineConflictsNamingTheName() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<Response> answers = inParallel(10, i -> given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\": \"T-%s-%d\", \"name\": \"市同名测试局%s\", \"kind\": \"department\"}".formatted(marker, i, marker))
                .when().post("/api/v1/units"));

        assertOneCreatedAndConflictsOn("name", answers);
    }

    @Test
    void tenParallelCreationsOfOneGroupCodeGiveOneGroupAndNineConflictsNamingTheCode() throws Exception {
        String code = "T-G-" + UUID.randomUUID().toString().substring(0, 8);
        List<Response> answers = inParallel(10, i -> given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "并发测试小组%s-%d", "members": ["17bf253a-bc24-5d50-967a-2343ac3b9e98"]}"""
                        .formatted(code, code, i))
                .when().post("/api/v1/units/groups"));

        assertOneCreatedAndConflictsOn("code", answers);
    }

    private static void assertOneCreatedAndConflictsOn(String field, List<Response> answers) {
        List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
        assertEquals(List.of(201, 409, 409, 409, 409, 409, 409, 409, 409, 409), statuses);
        for (Response answer : answers) {
            if (answer.statusCode() == 409) {
                assertEquals("application/problem+json", answer.contentType());
                assertEquals(field, answer.path("errors[0].field"), answer.asString());
                assertEquals("unique", answer.path("errors[0].rule"), answer.asString());
            }
        }
    }

    /** Sends {@code count} requests at the same moment (they wait for each other at a barrier). */
    private static List<Response> inParallel(int count, java.util.function.IntFunction<Response> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CyclicBarrier start = new CyclicBarrier(count);
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                sent.add(threads.submit(() -> {
                    start.await();
                    return request.apply(n);
                }));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : sent) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void unitOfficersAndLeadersReadTheDirectoryButDoNotChangeIt() {
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).contentType(ContentType.JSON)
                .body("{\"code\": \"T-X\", \"name\": \"市某局\", \"kind\": \"department\"}")
                .when().post("/api/v1/units").then().statusCode(403);
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON)
                .body("{\"code\": \"T-X\", \"name\": \"市某局\", \"kind\": \"department\"}")
                .when().post("/api/v1/units").then().statusCode(403);
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).queryParam("kind", "county-government").when().get("/api/v1/units")
                .then().statusCode(200).body("code", containsInAnyOrder("QZ-QNQ", "QZ-QBQ", "QZ-LSX", "QZ-PBX"));
        given().auth().oauth2(TestTokens.leader()).when().get("/api/v1/units/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theCountiesGroupHasItsMembersAndGroupsCanBeDefined() {
        given().auth().oauth2(TestTokens.leader()).when().get("/api/v1/units/groups")
                .then().statusCode(200).body("find { it.code == 'QZ-G-XQ' }.members.code",
                        containsInAnyOrder("QZ-QNQ", "QZ-QBQ", "QZ-LSX", "QZ-PBX"));
        String code = "T-G-" + UUID.randomUUID().toString().substring(0, 6);
        String id = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "营商环境领导小组成员单位%s", "members": ["17bf253a-bc24-5d50-967a-2343ac3b9e98"]}"""
                        .formatted(code, code))
                .when().post("/api/v1/units/groups")
                .then().statusCode(201).body("members[0].code", equalTo("QZ-FGW")).extract().path("id");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"code\": \"%s\", \"name\": \"x%s\", \"members\": [\"%s\"]}".formatted(code, code, UUID.randomUUID()))
                .when().put("/api/v1/units/groups/" + id)
                .then().statusCode(400).body("errors[0].rule", equalTo("unknown-unit"));
        KafkaTestClient.ofPlatform().await("supervision.unit.v1",
                r -> id.equals(r.key()) && r.value().contains("unit.group.changed"), Duration.ofSeconds(20));
    }
}
