package org.supervision.plan.suggestion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
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

/**
 * The import suggests lead units for measures that name none, from published plans and from the
 * units' duty keywords, and never assigns them; duty keywords are kept through the units API.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class LeadUnitSuggestionsTest {

    private static String newUnit(String name) {
        String code = "SG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "%s", "kind": "department"}""".formatted(code, name + code.substring(3)))
                .when().post("/api/v1/units").then().statusCode(201).extract().path("id");
    }

    private static String nameOf(String unitId) {
        return given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/units/" + unitId)
                .then().statusCode(200).extract().path("name");
    }

    private static JsonPath dryRun(String text) {
        return given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8").body(text)
                .queryParam("dryRun", true).when().post("/api/v1/plans/imports")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aMeasureWithoutUnitsIsSuggestedTheLeadOfAPublishedMeasureLikeIt() {
        String hydrogen = newUnit("市新能源车辆推广服务中心");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"title": "某市氢能产业发展方案", "year": 2025, "measures": [
                          {"number": "1", "title": "加快加氢站建设，推进氢燃料电池汽车示范应用和加氢站审批", "leadUnits": ["%s"]}]}"""
                        .formatted(nameOf(hydrogen)))
                .when().post("/api/v1/plans").then().statusCode(201);

        JsonPath answer = dryRun("""
                某市2025年氢能工作方案
                一、重点任务
                1. 加快加氢站布局建设。扩大氢燃料电池汽车示范应用。
                2. 深化企业开办改革。（牵头单位：市发展改革委）
                """);
        assertEquals(hydrogen, answer.getString("measures[0].suggestedLeadUnits[0].unitId"));
        assertEquals(nameOf(hydrogen), answer.getString("measures[0].suggestedLeadUnits[0].name"));
        assertTrue(answer.getString("measures[0].suggestedLeadUnits[0].basis").startsWith("past-measures"));
        List<Float> scores = answer.getList("measures[0].suggestedLeadUnits.score", Float.class);
        assertTrue(scores.size() <= 3 && scores.get(0) > 0 && scores.get(0) <= 1, scores.toString());
        List<Float> sorted = new java.util.ArrayList<>(scores);
        sorted.sort(Collections.reverseOrder());
        assertEquals(sorted, scores, "best first");
        // a suggestion, never an assignment
        assertEquals(List.of(), answer.getList("measures[0].leadUnits"));
        // a measure that names its lead gets none
        assertEquals(null, (Object) answer.get("measures[1].suggestedLeadUnits"));
    }

    @Test
    void aUnitsDutyKeywordsMakeItTheSuggestionForAMeasureAboutThem() {
        String fishery = newUnit("市特色产业服务站");
        String etag = given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/units/" + fishery + "/duties")
                .then().statusCode(200).body("keywords", empty()).extract().header("ETag");
        assertEquals("\"0\"", etag);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"keywords\": [\"鲟鱼养殖\", \"渔业保险\", \"鲟鱼养殖\"]}")
                .when().put("/api/v1/units/" + fishery + "/duties")
                .then().statusCode(200).header("ETag", "\"1\"").body("keywords", contains("鲟鱼养殖", "渔业保险"));

        JsonPath answer = dryRun("""
                某市2025年渔业工作方案
                一、重点任务
                1. 扩大鲟鱼养殖渔业保险覆盖面。
                """);
        Map<String, Object> first = answer.getMap("measures[0].suggestedLeadUnits[0]");
        assertEquals(fishery, first.get("unitId"));
        assertEquals("duties", first.get("basis"));
    }

    @Test
    void dutyKeywordsAreKeptByVersionAndOnlyBySupervisorsAndAdmins() {
        String unit = newUnit("市会展服务中心");
        String path = "/api/v1/units/" + unit + "/duties";
        String body = "{\"keywords\": [\"会展\"]}";
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(body)
                .when().put(path).then().statusCode(428);
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body).when().put(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).when().get(path).then().statusCode(200);
        given().when().get(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"keywords\": [\" \"]}").when().put(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith("keywords"))).body("errors.rule", hasItem("notBlank"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"keywords\": [\"" + "会".repeat(31) + "\"]}").when().put(path)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{}").when().put(path).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).when().get(path).then().statusCode(200).header("ETag", "\"0\"")
                .body("keywords", empty());

        given().auth().oauth2(TestTokens.token("admin", List.of("admin"), null)).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put(path).then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"keywords\": [\"展会\"]}").when().put(path).then().statusCode(412);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"keywords\": []}").when().put(path).then().statusCode(200).header("ETag", "\"2\"")
                .body("keywords", empty());
    }

    @Test
    void anUnknownUnitHasNoDuties() {
        String path = "/api/v1/units/" + UUID.randomUUID() + "/duties";
        given().auth().oauth2(TestTokens.supervisor()).when().get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"keywords\": [\"会展\"]}").when().put(path).then().statusCode(404)
                .body("status", equalTo(404)).body("detail", org.hamcrest.Matchers.not(nullValue()));
    }
}
