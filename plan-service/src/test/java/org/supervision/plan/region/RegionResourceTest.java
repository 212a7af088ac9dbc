package org.supervision.plan.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The regions API: who may read and add regions, and what a region must be. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class RegionResourceTest {

    private static final String REGIONS = "/api/v1/units/regions";

    @Test
    void everyoneSignedInReadsTheRegionsAndTheHomeRegionIsMarked() {
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).when().get(REGIONS)
                .then().statusCode(200)
                .body("code", hasItems("450000", "450700", "450721"))
                .body("find { it.code == '450700' }.home", equalTo(true))
                .body("find { it.code == '450700' }.parentCode", equalTo("450000"))
                .body("find { it.code == '450700' }.prefixes", hasItems("钦州市", "钦州", "市"))
                .body("find { it.code == '450000' }.home", equalTo(false));
        given().auth().oauth2(TestTokens.leader()).when().get(REGIONS + "/450721")
                .then().statusCode(200).body("name", equalTo("灵山县")).body("level", equalTo("COUNTY"));
        given().when().get(REGIONS).then().statusCode(401);
        given().auth().oauth2(TestTokens.supervisor()).when().get(REGIONS + "/999999")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlySupervisorsAndAdminsAddRegions() {
        String body = """
                {"code": "450900", "name": "玉林市", "level": "CITY", "parentCode": "450000", "prefixes": ["玉林市", "玉林", "市"]}""";
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).contentType(ContentType.JSON).body(body)
                .when().post(REGIONS).then().statusCode(403);
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON).body(body)
                .when().post(REGIONS).then().statusCode(403);
        given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .when().post(REGIONS).then().statusCode(403);
        given().auth().oauth2(TestTokens.supervisor()).when().get(REGIONS + "/450900").then().statusCode(404);

        given().auth().oauth2(TestTokens.token("admin", java.util.List.of("admin"), null)).contentType(ContentType.JSON).body(body)
                .when().post(REGIONS)
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith(REGIONS + "/450900"))
                .body("name", equalTo("玉林市")).body("prefixes", hasItems("玉林市", "玉林", "市")).body("home", equalTo(false));
        // the code is taken now
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(body)
                .when().post(REGIONS)
                .then().statusCode(409).contentType("application/problem+json").body("errors.field", hasItem("code"));
    }

    @Test
    void aRegionNeedsAKnownParentOfTheLevelAbove() {
        post("""
                {"code": "451300", "name": "来宾市", "level": "CITY"}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("parentCode")).body("errors.rule", hasItem("required"));
        post("""
                {"code": "451300", "name": "来宾市", "level": "CITY", "parentCode": "999999"}""")
                .then().statusCode(400).body("errors.rule", hasItem("unknown-region"));
        post("""
                {"code": "451300", "name": "来宾市", "level": "CITY", "parentCode": "450700"}""")
                .then().statusCode(400).body("errors.field", hasItem("parentCode")).body("errors.rule", hasItem("level"));
        post("""
                {"code": "460000", "name": "海南省", "level": "PROVINCE", "parentCode": "450000"}""")
                .then().statusCode(400).body("errors.rule", hasItem("level"));
        post("""
                {"code": "", "name": " ", "level": null}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("code", "name", "level"));
        post("""
                {"code": "45/07", "name": "钦州市", "level": "CITY", "parentCode": "450000"}""")
                .then().statusCode(400).body("errors.field", hasItem("code"));
        post("""
                {"code": "451400", "name": "崇左市", "level": "TOWN", "parentCode": "450000"}""")
                .then().statusCode(400).contentType("application/problem+json");
        // nothing of the refused ones was stored
        given().auth().oauth2(TestTokens.supervisor()).when().get(REGIONS + "/451300").then().statusCode(404);
        given().auth().oauth2(TestTokens.supervisor()).when().get(REGIONS + "/460000").then().statusCode(404);
    }

    @Test
    void aUnitOrPlanNamingAnUnknownRegionIsRefused() {
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\": \"T-NOREGION\", \"name\": \"市无处局\", \"kind\": \"department\", \"regionCode\": \"999999\"}")
                .when().post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("regionCode")).body("errors.rule", hasItem("unknown-region"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("q", "T-NOREGION").when().get("/api/v1/units")
                .then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8")
                .body("某市工作要点\n一、重点任务\n1.推进某事。（牵头单位：市财政局）\n")
                .queryParam("region", "999999").queryParam("dryRun", true)
                .when().post("/api/v1/plans/imports")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("region"));
    }

    private static io.restassured.response.Response post(String body) {
        return given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(body).when().post(REGIONS);
    }
}
