package org.supervision.plan.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class PlanResourceTest {

    static final String FGW = "17bf253a-bc24-5d50-967a-2343ac3b9e98";

    private static final String PLAN = """
            {"title": "测试实施方案 %s", "docNumber": "钦政办〔2024〕2号", "year": 2024,
             "measures": [{"number": "1", "title": "健全透明规范准入退出机制",
                           "leadUnits": ["市发改委"], "cooperatingUnits": ["市市场监管局", "市发展改革委"],
                           "deadline": "2024-12-31"}]}""";

    @Test
    void supervisorCreatesAPlanAndItsEventCarriesTheResolvedUnits() {
        String marker = UUID.randomUUID().toString();
        String location = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(PLAN.formatted(marker))
                .when().post("/api/v1/plans")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/plans/"))
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("plan.status", equalTo("PUBLISHED"))
                .body("measures[0].leadUnits[0].name", equalTo("市发展改革委"))
                .body("measures[0].leadUnits[0].mention", equalTo("市发改委"))
                .body("measures[0].leadUnits[0].unitId", equalTo(FGW))
                // the lead unit named again as cooperating stays lead only
                .body("measures[0].cooperatingUnits.name", contains("市市场监管局"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().auth().oauth2(TestTokens.unitOfficer("QZ-SCJG")).when().get("/api/v1/plans/" + id)
                .then().statusCode(200).body("plan.title", endsWith(marker)).body("measures", hasSize(1));

        PlanEventsOnKafka events = PlanEventsOnKafka.await(id, 1);
        JsonPath header = events.header();
        assertEquals("1.0", header.getString("specversion"));
        assertEquals(id, header.getString("subject"));
        assertEquals("测试实施方案 " + marker, header.getString("data.title"));
        assertEquals("钦政办〔2024〕2号", header.getString("data.docNumber"));
        assertEquals(1, header.getInt("data.version"));
        assertEquals("2024-12-31", events.measure(0).getString("deadline"));
        List<Map<String, String>> units = events.measure(0).getList("units");
        assertEquals(List.of("QZ-FGW:LEAD", "QZ-SCJG:COOPERATING"),
                units.stream().map(u -> u.get("unitCode") + ":" + u.get("role")).toList());
    }

    @Test
    void aUnitOfficerMayNotCreatePlans() {
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).contentType(ContentType.JSON)
                .body(PLAN.formatted("officer")).when().post("/api/v1/plans")
                .then().statusCode(403);
    }

    @Test
    void withoutATokenNothingIsAnswered() {
        given().when().get("/api/v1/plans").then().statusCode(401);
        given().auth().oauth2(TestTokens.claims("x", List.of("supervisor"), null).audience("another-api")
                        .jws().sign(TestTokens.privateKey()))
                .when().get("/api/v1/plans").then().statusCode(401);
    }

    @Test
    void aMissingTitleIsNamedWithItsRule() {
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"title": " ", "measures": [{"number": "1", "title": "x", "leadUnits": [""]}]}""")
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("measures[0].leadUnits[0]"))
                .body("errors.rule", hasItem("notBlank"));
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"year\": \"二〇二四\", \"measures\": []}")
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"title\": \"x\", ")
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Test
    void anUnknownUnitRejectsThePlanAndStoresNothing() {
        String marker = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(PLAN.formatted(marker).replace("市市场监管局", "市不存在局"))
                .when().post("/api/v1/plans")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("measures[0].cooperatingUnits[0]"))
                .body("errors[0].rule", equalTo("unknown-unit"));
        given().auth().oauth2(TestTokens.leader()).queryParam("size", 200).when().get("/api/v1/plans")
                .then().statusCode(200).body("title", org.hamcrest.Matchers.not(hasItem(endsWith(marker))));
    }

    @Test
    void anUnknownPlanIs404() {
        given().auth().oauth2(TestTokens.leader()).when().get("/api/v1/plans/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theUnitDirectoryListsTheSeededUnits() {
        given().auth().oauth2(TestTokens.leader()).queryParam("size", 500).when().get("/api/v1/units")
                .then().statusCode(200).body("code", hasItem("QZ-SPJ"));
    }
}
