package org.supervision.endtoend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Plan intake through the front door: the Qinzhou sample imported through the gateway reads exactly
 * as plan-service reads it (its scores are asserted in plan-service's own tests), and once published
 * each named unit's officer finds the assignments of its measures in task-service.
 */
class PlanIntakeThroughGatewayTest {

    private static final String FGW = "17bf253a-bc24-5d50-967a-2343ac3b9e98";
    private static Suite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = Suite.get();
    }

    @Test
    void theSampleImportsThroughTheGatewayAsItDoesDirectly() throws IOException {
        byte[] sample = sample();
        String token = suite.tokens.integration();
        JsonPath viaGateway = importDryRun(suite.gateway, token, sample);
        JsonPath direct = importDryRun(suite.platform.service("plan-service").url(), token, sample);
        assertEquals(21, viaGateway.getList("measures").size());
        assertEquals(direct.getList("measures"), viaGateway.getList("measures"));
        assertEquals(direct.getString("plan.docNumber"), viaGateway.getString("plan.docNumber"));
    }

    @Test
    void aPublishedSamplePlanBecomesAssignmentsOfItsUnits() throws IOException {
        String supervisor = suite.tokens.user("supervisor");
        String key = java.util.UUID.randomUUID().toString();
        ExtractableResponse<Response> draft = given().baseUri(suite.gateway).auth().oauth2(supervisor).header("Idempotency-Key", key)
                .contentType("text/plain; charset=UTF-8").body(sample())
                .when().post("/api/v1/plans/imports")
                .then().statusCode(201).body("plan.status", equalTo("DRAFT")).extract();
        String planId = draft.path("plan.id");
        // the Location names the gateway the client called, and answers there
        assertEquals(suite.gateway + "/api/v1/plans/" + planId, draft.header("Location"));
        given().auth().oauth2(supervisor).when().get(draft.header("Location")).then().statusCode(200)
                .body("plan.id", equalTo(planId));
        // a retry through the gateway (the answer was lost) gets the same draft, not a second one
        given().baseUri(suite.gateway).auth().oauth2(supervisor).header("Idempotency-Key", key)
                .contentType("text/plain; charset=UTF-8").body(sample())
                .when().post("/api/v1/plans/imports")
                .then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", draft.header("Location"));
        JsonPath published = given().baseUri(suite.gateway).auth().oauth2(supervisor).header("If-Match", draft.header("ETag"))
                .when().post("/api/v1/plans/" + planId + "/publish")
                .then().statusCode(200).body("plan.status", equalTo("PUBLISHED")).extract().jsonPath();

        Set<String> fgwMeasures = measuresNaming(published, FGW);
        assertFalse(fgwMeasures.isEmpty(), "the sample names 市发展改革委");
        String officer = suite.tokens.user("officer-fgw");
        List<Map<String, Object>> assignments = awaitAssignments(officer, planId, fgwMeasures.size());
        Set<String> assigned = new HashSet<>();
        assignments.forEach(a -> assigned.add((String) a.get("measureId")));
        assertEquals(fgwMeasures, assigned);
        given().baseUri(suite.gateway).auth().oauth2(officer).queryParam("planId", planId).queryParam("size", 200)
                .when().get("/api/v1/assignments")
                .then().statusCode(200).body("unitCode", everyItem(equalTo("QZ-FGW")));
    }

    private static JsonPath importDryRun(String baseUri, String token, byte[] sample) {
        return given().baseUri(baseUri).auth().oauth2(token).contentType("text/plain; charset=UTF-8").body(sample)
                .queryParam("dryRun", true).when().post("/api/v1/plans/imports")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Ids of the measures and sub-items that name the unit, as lead or cooperating. */
    private static Set<String> measuresNaming(JsonPath plan, String unitId) {
        Set<String> ids = new HashSet<>();
        List<Map<String, Object>> measures = plan.getList("measures");
        collect(measures, unitId, ids);
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static void collect(List<Map<String, Object>> measures, String unitId, Set<String> ids) {
        for (Map<String, Object> m : measures) {
            for (String role : List.of("leadUnits", "cooperatingUnits")) {
                for (Map<String, Object> u : (List<Map<String, Object>>) m.get(role)) {
                    if (unitId.equals(u.get("unitId"))) {
                        ids.add((String) m.get("id"));
                    }
                }
            }
            collect((List<Map<String, Object>>) m.get("children"), unitId, ids);
        }
    }

    private static List<Map<String, Object>> awaitAssignments(String token, String planId, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<Map<String, Object>> found = given().baseUri(suite.gateway).auth().oauth2(token)
                    .queryParam("planId", planId).queryParam("size", 200)
                    .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath().getList("$");
            if (found.size() >= expected || System.nanoTime() > deadline) {
                return found;
            }
            LockSupport.parkNanos(200_000_000L);
        }
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = PlanIntakeThroughGatewayTest.class.getResourceAsStream("/demo/qinzhou-2024-implementation-plan.txt")) {
            if (in == null) {
                throw new IllegalStateException("the demo plan is missing from the local-platform jar");
            }
            return in.readAllBytes();
        }
    }
}
