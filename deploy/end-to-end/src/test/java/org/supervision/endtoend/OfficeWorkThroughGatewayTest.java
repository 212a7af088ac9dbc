package org.supervision.endtoend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The supervision office's own work through the gateway with Keycloak's tokens (issue 20, items 1 and 2): a
 * completion request waits in the office's to-do queue and lands in the office's inbox; an urge by hand is
 * counted on the assignment and in the statistics and reaches the unit's inbox; units may neither read the queue
 * nor urge.
 */
class OfficeWorkThroughGatewayTest {

    /** notification-service's default supervision.office.unit-code. */
    private static final String OFFICE = "SUPERVISION-OFFICE";
    private static Suite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = Suite.get();
    }

    @Test
    void aCompletionRequestWaitsForTheOfficeAndAnUrgeReachesTheUnit() {
        String supervisor = suite.tokens.user("supervisor");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String planId = given().baseUri(suite.gateway).auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("""
                        {"title": "督查待办联调方案 %s", "year": 2030,
                         "measures": [{"number": "1", "title": "催办联调 %s",
                                       "leadUnits": ["市发展改革委"], "cooperatingUnits": ["市市场监管局"], "deadline": "2030-12-31"}]}"""
                        .formatted(marker, marker))
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("plan.id");
        String fgw = suite.tokens.user("officer-fgw");
        String scjg = suite.tokens.user("officer-scjg");
        String lead = awaitAssignment(fgw, planId);
        String cooperating = awaitAssignment(scjg, planId);

        String etag = etag(fgw, lead);
        etag = act(fgw, lead, "accept", etag, "{}");
        etag = given().baseUri(suite.gateway).auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"percent\": 100, \"narrative\": \"已完成\"}").when().post("/api/v1/assignments/" + lead + "/reports")
                .then().statusCode(201).extract().header("ETag");
        act(fgw, lead, "completion-request", etag, "{\"summary\": \"全部完成 " + marker + "\"}");

        given().baseUri(suite.gateway).auth().oauth2(supervisor).queryParam("planId", planId)
                .when().get("/api/v1/supervision/pending").then().statusCode(200)
                .body("items[0].kind", equalTo("COMPLETION_REQUEST")).body("items[0].assignmentId", equalTo(lead))
                .body("counts.COMPLETION_REQUEST", equalTo(1)).body("total", equalTo(1));
        given().baseUri(suite.gateway).auth().oauth2(suite.tokens.user("leader")).queryParam("planId", planId)
                .when().get("/api/v1/supervision/pending").then().statusCode(200).body("total", equalTo(1));
        given().baseUri(suite.gateway).auth().oauth2(fgw).when().get("/api/v1/supervision/pending").then().statusCode(403);
        awaitInbox(supervisor, OFFICE, "OFFICE_TODO", lead);

        // 催办: the unit cannot urge; the office can, the unit is told and the count shows
        String coopTag = etag(scjg, cooperating);
        given().baseUri(suite.gateway).auth().oauth2(scjg).contentType(ContentType.JSON).header("If-Match", coopTag)
                .body("{}").when().post("/api/v1/assignments/" + cooperating + "/urge").then().statusCode(403);
        given().baseUri(suite.gateway).auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", coopTag)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("{\"message\": \"请尽快签收 " + marker + "\"}")
                .when().post("/api/v1/assignments/" + cooperating + "/urge").then().statusCode(201);
        given().baseUri(suite.gateway).auth().oauth2(scjg).when().get("/api/v1/assignments/" + cooperating)
                .then().statusCode(200).body("urgeCount", equalTo(1));
        awaitInbox(scjg, null, "URGE", cooperating);
        given().baseUri(suite.gateway).auth().oauth2(suite.tokens.user("leader")).queryParam("planId", planId)
                .when().get("/api/v1/supervision/statistics")
                .then().statusCode(200).body("find { it.key == 'QZ-SCJG' }.urges", equalTo(1));
    }

    private static String etag(String token, String id) {
        return given().baseUri(suite.gateway).auth().oauth2(token).when().get("/api/v1/assignments/" + id)
                .then().statusCode(200).extract().header("ETag");
    }

    private static String act(String token, String id, String action, String etag, String body) {
        return given().baseUri(suite.gateway).auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body).when().post("/api/v1/assignments/" + id + "/" + action).then().statusCode(200)
                .extract().header("ETag");
    }

    private static void awaitInbox(String token, String unitCode, String kind, String assignmentId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            var request = given().baseUri(suite.gateway).auth().oauth2(token).queryParam("size", 200);
            if (unitCode != null) {
                request = request.queryParam("unitCode", unitCode);
            }
            List<Map<String, Object>> items = request.when().get("/api/v1/inbox").then().statusCode(200).extract().jsonPath()
                    .getList("findAll { it.kind == '%s' && it.assignmentId == '%s' }".formatted(kind, assignmentId));
            if (!items.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + kind + " inbox item for assignment " + assignmentId + " within 30 s");
            }
            LockSupport.parkNanos(200_000_000L);
        }
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
