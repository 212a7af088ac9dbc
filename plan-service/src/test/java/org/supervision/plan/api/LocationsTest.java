package org.supervision.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Every 201 names a URL that answers (the same object), and names it as the gateway the client called. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class LocationsTest {

    private static final String PLAN = """
            {"title": "地址测试方案 %s", "year": 2024,
             "measures": [{"number": "1", "title": "健全透明规范准入退出机制", "leadUnits": ["市发展改革委"], "deadline": "2024-12-31"}]}""";
    private static final String PLAN_TEXT = """
            钦州市地址%s测试方案
            一、重点任务
            1.推进企业开办便利化。（牵头单位：市行政审批局）
            """;

    @Test
    void everyLocationAnsweredReadsBackTheSameObject() {
        String marker = UUID.randomUUID().toString();
        ExtractableResponse<Response> plan = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(PLAN.formatted(marker)).when().post("/api/v1/plans").then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).when().get(plan.header("Location"))
                .then().statusCode(200).body("plan.id", equalTo(plan.path("plan.id"))).body("plan.title", equalTo(plan.path("plan.title")));

        ExtractableResponse<Response> draft = given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8")
                .body(PLAN_TEXT.formatted(marker)).when().post("/api/v1/plans/imports").then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.leader()).when().get(draft.header("Location"))
                .then().statusCode(200).body("plan.id", equalTo(draft.path("plan.id"))).header("ETag", draft.header("ETag"));

        ExtractableResponse<Response> added = given().auth().oauth2(TestTokens.supervisor()).header("If-Match", draft.header("ETag"))
                .contentType(ContentType.JSON).body("{\"number\": \"2\", \"title\": \"新增措施\", \"leadUnits\": [{\"name\": \"市财政局\"}]}")
                .when().post(draft.header("Location") + "/measures").then().statusCode(201).extract();
        String measure = added.header("Location");
        String measureId = measure.substring(measure.lastIndexOf('/') + 1);
        given().auth().oauth2(TestTokens.leader()).when().get(measure).then().statusCode(200)
                .header("ETag", added.header("ETag")).body("id", equalTo(measureId)).body("title", equalTo("新增措施"))
                .body("leadUnits[0].name", equalTo("市财政局"))
                .body("", equalTo(added.path("measures.find { it.id == '%s' }".formatted(measureId))));
        // as the plan: a draft's measure is not for unit officers; nor is a measure under another plan
        given().auth().oauth2(TestTokens.unitOfficer("QZ-CZJ")).when().get(measure).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.leader()).when().get(plan.header("Location") + "/measures/" + measureId)
                .then().statusCode(404).contentType("application/problem+json");
        String publishedMeasure = plan.path("measures[0].id");
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).when().get(plan.header("Location") + "/measures/" + publishedMeasure)
                .then().statusCode(200).body("id", equalTo(publishedMeasure));

        String code = "T-" + marker.substring(0, 8).toUpperCase();
        ExtractableResponse<Response> unit = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"市地址测试局%s\", \"kind\": \"department\"}".formatted(code, code))
                .when().post("/api/v1/units").then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).when().get(unit.header("Location"))
                .then().statusCode(200).body("id", equalTo(unit.path("id"))).body("code", equalTo(code));
        ExtractableResponse<Response> group = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\": \"G-%s\", \"name\": \"地址测试组%s\", \"members\": [\"%s\"]}".formatted(code, code, unit.path("id")))
                .when().post("/api/v1/units/groups").then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.leader()).when().get(group.header("Location"))
                .then().statusCode(200).body("id", equalTo(group.path("id"))).body("members.size()", equalTo(1));
    }

    /** The gateway (a trusted address: loopback here) says where the client called; the Location names it. */
    @Test
    void aLocationNamesTheAddressTheClientCalledThroughTheGateway() {
        String location = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "supervision.example.gov.cn")
                .header("X-Forwarded-Port", "443").header("X-Forwarded-For", "203.0.113.9")
                .body(PLAN.formatted(UUID.randomUUID())).when().post("/api/v1/plans").then().statusCode(201).extract().header("Location");
        assertTrue(location.startsWith("https://supervision.example.gov.cn/api/v1/plans/"), location);
        String onAPort = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .header("X-Forwarded-Proto", "http").header("X-Forwarded-Host", "localhost").header("X-Forwarded-Port", "8080")
                .body(PLAN.formatted(UUID.randomUUID())).when().post("/api/v1/plans").then().statusCode(201).extract().header("Location");
        assertTrue(onAPort.startsWith("http://localhost:8080/api/v1/plans/"), onAPort);
    }

    /** Anyone but the gateway (here 127.0.0.2, not in quarkus.http.proxy.trusted-proxies) cannot steer a Location. */
    @Test
    void forwardingHeadersFromAnotherAddressAreIgnored() throws Exception {
        String location = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", InetAddress.getByName("127.0.0.2"))))
                .baseUri("http://127.0.0.1").auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Port", "443")
                .body(PLAN.formatted(UUID.randomUUID())).when().post("/api/v1/plans").then().statusCode(201).extract().header("Location");
        assertEquals("http://127.0.0.1:" + RestAssured.port, location.substring(0, location.indexOf("/api/")), location);
    }
}
