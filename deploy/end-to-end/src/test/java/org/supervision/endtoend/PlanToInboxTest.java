package org.supervision.endtoend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The whole suite on real servers (PostgreSQL, Kafka, Keycloak, SMTP and the four services, on free
 * ports): a supervisor creates a plan through the gateway, and each named unit's officer finds the
 * new assignment in their own inbox, and not the other unit's.
 */
class PlanToInboxTest {

    private static Suite suite;
    private static String gateway;
    private static KeycloakTokens tokens;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = Suite.get();
        gateway = suite.gateway;
        tokens = suite.tokens;
    }

    @Test
    void aPlanCreatedThroughTheGatewayReachesEachUnitsInboxAndNoOneElses() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String planId = given().baseUri(gateway).auth().oauth2(tokens.user("supervisor")).contentType(ContentType.JSON)
                .body("""
                        {"title": "钦州市优化营商环境实施方案（端到端 %s）", "docNumber": "钦政办〔2024〕2号", "year": 2024,
                         "measures": [{"number": "1", "title": "健全透明规范准入退出机制 %s",
                                       "leadUnits": ["市发展改革委"], "cooperatingUnits": ["市市场监管局"],
                                       "deadline": "2024-12-31"}]}""".formatted(marker, marker))
                .when().post("/api/v1/plans")
                .then().statusCode(201).extract().path("plan.id");

        String fgwToken = tokens.user("officer-fgw");
        String scjgToken = tokens.user("officer-scjg");
        JsonPath fgwItem = awaitInboxItem(fgwToken, marker);
        JsonPath scjgItem = awaitInboxItem(scjgToken, marker);
        assertEquals("QZ-FGW", fgwItem.getString("unitCode"));
        assertEquals(planId, fgwItem.getString("planId"));
        assertEquals("QZ-SCJG", scjgItem.getString("unitCode"));

        // neither officer sees the other unit's item, in the inbox or among the assignments
        given().baseUri(gateway).auth().oauth2(fgwToken).queryParam("size", 200).when().get("/api/v1/inbox")
                .then().statusCode(200).body("unitCode", everyItem(equalTo("QZ-FGW")))
                .body("id", not(hasItem(scjgItem.getString("id"))));
        given().baseUri(gateway).auth().oauth2(scjgToken).queryParam("planId", planId).when().get("/api/v1/assignments")
                .then().statusCode(200).body("unitCode", equalTo(List.of("QZ-SCJG"))).body("[0].role", equalTo("COOPERATING"));
        given().baseUri(gateway).auth().oauth2(scjgToken).when().get("/api/v1/assignments/" + fgwItem.getString("assignmentId"))
                .then().statusCode(404);

        // the supervisor sees both units' assignments; the integration client may read them too
        given().baseUri(gateway).auth().oauth2(tokens.integration()).queryParam("planId", planId).when().get("/api/v1/assignments")
                .then().statusCode(200).body("unitCode", containsInAnyOrder("QZ-FGW", "QZ-SCJG"));
    }

    @Test
    void aUnitOfficerCannotCreateAPlanAndNoTokenGetsNothing() {
        given().baseUri(gateway).auth().oauth2(tokens.user("officer-fgw")).contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"measures\": [{\"number\": \"1\", \"title\": \"x\", \"leadUnits\": [\"市财政局\"]}]}")
                .when().post("/api/v1/plans").then().statusCode(403);
        given().baseUri(gateway).when().get("/api/v1/inbox").then().statusCode(401);
    }

    private static JsonPath awaitInboxItem(String token, String marker) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonPath inbox = given().baseUri(gateway).auth().oauth2(token).queryParam("size", 200).when().get("/api/v1/inbox")
                    .then().statusCode(200).extract().jsonPath();
            // the deadline has passed, so overdue reminders about the same measure may arrive too
            String newAssignment = "{ it.kind == 'NEW_ASSIGNMENT' && it.body.contains('%s') }".formatted(marker);
            List<Object> matching = inbox.getList("findAll " + newAssignment);
            if (!matching.isEmpty()) {
                assertEquals(1, matching.size(), "one new-assignment item per unit");
                return new JsonPath(inbox.prettify()).setRootPath("find " + newAssignment);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no inbox item for plan " + marker + " within 30 s; inbox: " + inbox.prettify());
            }
            LockSupport.parkNanos(200_000_000L);
        }
    }
}
