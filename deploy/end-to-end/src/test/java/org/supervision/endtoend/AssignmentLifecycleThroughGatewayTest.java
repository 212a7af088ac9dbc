package org.supervision.endtoend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The lifecycle through the front door with real Keycloak tokens: the unit signs, reports and asks
 * to close; the supervisor closes; another unit, the leader and the unit itself are refused what is
 * not theirs to do.
 */
class AssignmentLifecycleThroughGatewayTest {

    private static Suite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = Suite.get();
    }

    @Test
    void theUnitWorksItsAssignmentAndTheSupervisorClosesItWhileOthersAreRefused() {
        String supervisor = suite.tokens.user("supervisor");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String planId = given().baseUri(suite.gateway).auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("""
                        {"title": "生命周期联调方案 %s", "year": 2030,
                         "measures": [{"number": "1", "title": "推进政务服务一网通办 %s",
                                       "leadUnits": ["市发展改革委"], "cooperatingUnits": ["市市场监管局"], "deadline": "2030-12-31"}]}"""
                        .formatted(marker, marker))
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("plan.id");
        String fgw = suite.tokens.user("officer-fgw");
        String scjg = suite.tokens.user("officer-scjg");
        String id = awaitAssignment(fgw, planId);
        String etag = given().baseUri(suite.gateway).auth().oauth2(fgw).when().get("/api/v1/assignments/" + id)
                .then().statusCode(200).extract().header("ETag");

        // another unit: as if it did not exist; the leader and the supervisor do not sign for a unit
        given().baseUri(suite.gateway).auth().oauth2(scjg).contentType(ContentType.JSON).header("If-Match", etag).body("{}")
                .when().post("/api/v1/assignments/" + id + "/accept").then().statusCode(404);
        given().baseUri(suite.gateway).auth().oauth2(suite.tokens.user("leader")).contentType(ContentType.JSON)
                .header("If-Match", etag).body("{}").when().post("/api/v1/assignments/" + id + "/accept").then().statusCode(403);

        etag = given().baseUri(suite.gateway).auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"personInCharge\": \"李四\"}").when().post("/api/v1/assignments/" + id + "/accept")
                .then().statusCode(200).body("state", equalTo("ACCEPTED")).extract().header("ETag");
        etag = given().baseUri(suite.gateway).auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"percent\": 100, \"narrative\": \"已上线运行\"}").when().post("/api/v1/assignments/" + id + "/reports")
                .then().statusCode(201).extract().header("ETag");
        // the unit cannot close its own work
        given().baseUri(suite.gateway).auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"COMPLETE\"}").when().post("/api/v1/assignments/" + id + "/review").then().statusCode(403);
        etag = given().baseUri(suite.gateway).auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"summary\": \"全部完成\"}").when().post("/api/v1/assignments/" + id + "/completion-request")
                .then().statusCode(200).extract().header("ETag");
        given().baseUri(suite.gateway).auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"decision\": \"COMPLETE\"}").when().post("/api/v1/assignments/" + id + "/review")
                .then().statusCode(200).body("state", equalTo("COMPLETED")).body("warningLevel", equalTo("NONE"));
        given().baseUri(suite.gateway).auth().oauth2(fgw).when().get("/api/v1/assignments/" + id + "/audit")
                .then().statusCode(200).body("actor", hasItem("officer-fgw")).body("actor", hasItem("supervisor"));
        given().baseUri(suite.gateway).auth().oauth2(suite.tokens.user("leader")).queryParam("planId", planId)
                .when().get("/api/v1/supervision/statistics")
                .then().statusCode(200).body("find { it.key == 'QZ-FGW' }.completed", equalTo(1));
    }

    private static String awaitAssignment(String token, String planId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<Map<String, Object>> found = given().baseUri(suite.gateway).auth().oauth2(token).queryParam("planId", planId)
                    .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath().getList("$");
            if (!found.isEmpty()) {
                return (String) found.get(0).get("id");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no assignment for plan " + planId + " within 30 s");
            }
            LockSupport.parkNanos(200_000_000L);
        }
    }
}
