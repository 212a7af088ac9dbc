package org.supervision.plan.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * A two-city deployment: 钦州市 (the home region, demo data) and 河池市 under 广西, both with a 市发展改革委,
 * and 灵山县 under 钦州市 with its own 县发展改革委. A plan's names resolve in its region, then its parents,
 * never in a sibling; a name opening with another region's name is that region's unit or a warning.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class TwoCityDirectoryTest {

    private static final String IMPORTS = "/api/v1/plans/imports";
    /** Qinzhou's 市发展改革委 and 市财政局 (db/demo). */
    private static final String QZ_FGW = "17bf253a-bc24-5d50-967a-2343ac3b9e98";
    private static final String QZ_CZJ = "d389ab7f-5f1a-5322-a297-d5af19fa73d4";

    private static String hechiFgw;
    private static String lingshanFgw;

    /** Hechi and its 市发展改革委, and Lingshan's 县发展改革委, added once through the API as a supervisor would. */
    @BeforeEach
    void twoCities() {
        if (hechiFgw != null) {
            return;
        }
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"code": "451200", "name": "河池市", "level": "CITY", "parentCode": "450000", "abbreviation": "河",
                         "prefixes": ["河池市", "河池", "市"]}""")
                .when().post("/api/v1/units/regions").then().statusCode(201);
        hechiFgw = unit("HC-FGW", "市发展改革委", "451200", "河池市发展和改革委员会");
        lingshanFgw = unit("LS-FGW", "县发展改革委", "450721", "灵山县发展和改革委员会");
    }

    @Test
    void twoRegionsEachHaveTheirOwnUnitOfOneNameAndItsEventCarriesTheRegion() {
        // the same name in the same region is taken
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\": \"HC-FGW2\", \"name\": \"市发展改革委\", \"kind\": \"department\", \"regionCode\": \"451200\"}")
                .when().post("/api/v1/units").then().statusCode(409).body("errors.field", hasItem("name"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("region", "451200").when().get("/api/v1/units")
                .then().statusCode(200).body("code", hasItem("HC-FGW")).body("code", not(hasItem("QZ-FGW")))
                .body("regionCode", everyItem(equalTo("451200")));
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/units/" + QZ_FGW)
                .then().statusCode(200).body("regionCode", equalTo("450700"));
        JsonPath event = JsonPath.from(KafkaTestClient.ofPlatform().await("supervision.unit.v1",
                r -> hechiFgw.equals(r.key()) && r.value().contains("unit.created"), Duration.ofSeconds(20)).value());
        assertEquals("451200", event.getString("data.regionCode"));
    }

    @Test
    void aHechiPlanResolvesHechisNamesAndNeverQinzhous() {
        dryRun(plan("河池市", "河政办发〔2024〕3号", "河池市发展改革委", "市发展改革委", "发展改革委", "市财政局", "钦州市发展改革委",
                "县发展改革委"), null)
                .body("plan.regionCode", equalTo("451200"))
                .body("measures[0].leadUnits[0].unitId", equalTo(hechiFgw))
                .body("measures[1].leadUnits[0].unitId", equalTo(hechiFgw))
                .body("measures[2].leadUnits[0].unitId", equalTo(hechiFgw))
                // Qinzhou has a 市财政局, Hechi has none: a sibling's unit is never the answer
                .body("measures[3].leadUnits[0].unitId", nullValue())
                .body("warnings.find { it.measureNumber == '4' }.code", equalTo("UNKNOWN_UNIT"))
                // a name opening with Qinzhou's name is Qinzhou's
                .body("measures[4].leadUnits[0].unitId", equalTo(QZ_FGW))
                // Lingshan (under Qinzhou) is no parent of Hechi
                .body("measures[5].leadUnits[0].unitId", nullValue())
                .body("warnings.code", not(hasItem("REGION_ASSUMED")));
    }

    @Test
    void aQinzhouPlanNamingAHechiUnitGetsHechisOrAWarningNeverQinzhous() {
        String text = plan("钦州市", "钦政办〔2024〕9号", "河池市发展改革委", "河池市财政局", "市发展改革委");
        dryRun(text, null)
                .body("plan.regionCode", equalTo("450700"))
                .body("measures[0].leadUnits[0].unitId", equalTo(hechiFgw))
                .body("measures[1].leadUnits[0].unitId", nullValue())
                .body("warnings.find { it.measureNumber == '2' }.code", equalTo("OTHER_REGION_UNIT"))
                .body("warnings.find { it.measureNumber == '2' }.message", org.hamcrest.Matchers.containsString("河池市"))
                .body("measures[2].leadUnits[0].unitId", equalTo(QZ_FGW));

        // published, the unknown Hechi unit is added to Hechi, not to Qinzhou
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> stored = given()
                .auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8").body(text)
                .when().post(IMPORTS).then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.supervisor()).header("If-Match", stored.header("ETag"))
                .when().post(stored.header("Location") + "/publish")
                .then().statusCode(200)
                .body("measures[1].leadUnits[0].unitId", not(equalTo(QZ_CZJ)))
                .body("warnings.find { it.code == 'UNIT_ADDED' }.message", org.hamcrest.Matchers.containsString("451200"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("q", "河池市财政局").when().get("/api/v1/units")
                .then().statusCode(200).body("regionCode", equalTo(List.of("451200")));
    }

    @Test
    void aCountyPlanResolvesTheCountysUnitsFirstThenItsCitys() {
        dryRun(plan("灵山县", "灵政办〔2024〕1号", "县发展改革委", "发展改革委", "市发展改革委", "市财政局"), null)
                .body("plan.regionCode", equalTo("450721"))
                .body("measures[0].leadUnits[0].unitId", equalTo(lingshanFgw))
                .body("measures[1].leadUnits[0].unitId", equalTo(lingshanFgw))
                .body("measures[2].leadUnits[0].unitId", equalTo(QZ_FGW))
                .body("measures[3].leadUnits[0].unitId", equalTo(QZ_CZJ));
    }

    @Test
    void theRegionParameterOverridesAndWithoutAnyClueTheHomeRegionIsAssumedWithAWarning() {
        String anonymous = plan("某市", "某政办〔2024〕1号", "市发展改革委");
        dryRun(anonymous, "451200")
                .body("plan.regionCode", equalTo("451200"))
                .body("measures[0].leadUnits[0].unitId", equalTo(hechiFgw))
                .body("warnings.code", not(hasItem("REGION_ASSUMED")));
        dryRun(anonymous, null)
                .body("plan.regionCode", equalTo("450700"))
                .body("measures[0].leadUnits[0].unitId", equalTo(QZ_FGW))
                .body("warnings.code", hasItem("REGION_ASSUMED"));
    }

    @Test
    void aStructuredPlanOfHechiNamesHechisUnitsOnly() {
        String body = """
                {"title": "河池市2024年重点任务", "regionCode": "451200", "year": 2024,
                 "measures": [{"number": "1", "title": "推进项目建设", "leadUnits": ["%s"]}]}""";
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(body.formatted("市发展改革委"))
                .when().post("/api/v1/plans")
                .then().statusCode(201).body("plan.regionCode", equalTo("451200"))
                .body("measures[0].leadUnits[0].unitId", equalTo(hechiFgw));
        // Qinzhou's 市财政局 is not Hechi's
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(body.formatted("市财政局"))
                .when().post("/api/v1/plans")
                .then().statusCode(422).body("errors.rule", hasItem("unknown-unit"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(body.formatted("市发展改革委").replace("451200", "999999"))
                .when().post("/api/v1/plans")
                .then().statusCode(400).body("errors.field", hasItem("regionCode"));
    }

    /** A plan titled after {@code place}, one measure per lead unit. */
    private static String plan(String place, String docNumber, String... leads) {
        StringBuilder text = new StringBuilder(place + "2024年优化营商环境工作要点\n" + docNumber + "\n一、重点任务\n");
        String[] tasks = {"推进企业开办便利化", "优化纳税服务", "提升审批效率", "加强要素保障", "强化项目调度", "深化信用建设"};
        for (int i = 0; i < leads.length; i++) {
            text.append(i + 1).append('.').append(tasks[i]).append("。持续推进。（牵头单位：").append(leads[i]).append("）\n");
        }
        return text.toString();
    }

    private static ValidatableResponse dryRun(String text, String region) {
        var request = given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8").body(text)
                .queryParam("dryRun", true);
        if (region != null) {
            request.queryParam("region", region);
        }
        return request.when().post(IMPORTS).then().statusCode(200);
    }

    private static String unit(String code, String name, String region, String alias) {
        return given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "%s", "kind": "department", "regionCode": "%s", "aliases": ["%s"]}"""
                        .formatted(code, name, region, alias))
                .when().post("/api/v1/units").then().statusCode(201).body("regionCode", equalTo(region)).extract().path("id");
    }
}
