package org.supervision.task.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.task.testing.PublishedPlan.FGW;
import static org.supervision.task.testing.PublishedPlan.SCJG;
import static org.supervision.task.testing.PublishedPlan.SPJ;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.PublishedPlan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Every 201 names a URL that answers (the same object, to the same readers), named as the gateway the client called. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class LocationsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Test
    void aReportsLocationIsReadWhereTheListShowsIt() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String lead = plan.assignmentOf(FGW, "1");
        String cooperating = plan.assignmentOf(SCJG, "1");
        String fgw = TestTokens.unitOfficer(FGW);
        String scjg = TestTokens.unitOfficer(SCJG);
        ExtractableResponse<Response> leadReport = report(fgw, lead);
        ExtractableResponse<Response> ownReport = report(scjg, cooperating);

        for (String reader : new String[] {fgw, TestTokens.supervisor(), TestTokens.leader()}) {
            assertSame(leadReport, given().auth().oauth2(reader).when().get(leadReport.header("Location")).then().statusCode(200));
        }
        assertSame(ownReport, given().auth().oauth2(scjg).when().get(ownReport.header("Location")).then().statusCode(200));
        // a cooperating unit reads its own reports only; another unit not even the assignment
        given().auth().oauth2(scjg).when().get(leadReport.header("Location")).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.unitOfficer(SPJ)).when().get(ownReport.header("Location")).then().statusCode(404);
        // the lead unit reads the cooperating unit's report under its own assignment, as in its list
        String cooperatingReport = ownReport.path("id");
        given().auth().oauth2(fgw).when().get("/api/v1/assignments/" + lead + "/reports/" + cooperatingReport)
                .then().statusCode(200).body("unitCode", equalTo(SCJG));
        given().auth().oauth2(fgw).when().get("/api/v1/assignments/" + lead + "/reports/" + UUID.randomUUID()).then().statusCode(404);
        // a report is not found under an assignment it does not belong to
        given().auth().oauth2(TestTokens.supervisor()).when()
                .get("/api/v1/assignments/" + plan.assignmentOf(FGW, "2") + "/reports/" + cooperatingReport).then().statusCode(404);
    }

    @Test
    void extensionEvidenceAndNoticeLocationsReadBackTheSameObject() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(FGW, "1");
        String fgw = TestTokens.unitOfficer(FGW);
        String etag = accepted(fgw, id);

        ExtractableResponse<Response> extension = given().auth().oauth2(fgw).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"requestedDeadline\": \"2031-06-30\", \"reason\": \"需协调用地\"}")
                .when().post("/api/v1/assignments/" + id + "/extensions").then().statusCode(201).extract();
        assertSame(extension, given().auth().oauth2(fgw).when().get(extension.header("Location")).then().statusCode(200));
        given().auth().oauth2(TestTokens.leader()).when().get(extension.header("Location")).then().statusCode(200);
        given().auth().oauth2(TestTokens.unitOfficer(SCJG)).when().get(extension.header("Location")).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).when()
                .get("/api/v1/assignments/" + plan.assignmentOf(FGW, "2") + "/extensions/" + extension.path("id")).then().statusCode(404);

        byte[] pdf = ("%PDF-1.7\n" + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String file = given().auth().oauth2(fgw).multiPart(new MultiPartSpecBuilder(pdf).controlName("file").fileName("report.pdf")
                        .mimeType("application/pdf").build())
                .when().post("/api/v1/assignments/" + id + "/evidence").then().statusCode(201).extract().header("Location");
        assertArrayEquals(pdf, given().auth().oauth2(fgw).when().get(file).then().statusCode(200).extract().asByteArray());

        ExtractableResponse<Response> notice = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(notice(id)).when().post("/api/v1/notices").then().statusCode(201).extract();
        given().auth().oauth2(fgw).when().get(notice.header("Location")).then().statusCode(200)
                .header("ETag", notice.header("ETag")).body("id", equalTo(notice.path("id")));
    }

    /** The gateway (a trusted address: loopback here) says where the client called; the Location names it. */
    @Test
    void aLocationNamesTheAddressTheClientCalledThroughTheGateway() {
        String id = PublishedPlan.publish(kafka).assignmentOf(FGW, "2");
        String location = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "supervision.example.gov.cn")
                .header("X-Forwarded-Port", "443").header("X-Forwarded-For", "203.0.113.9")
                .body(notice(id)).when().post("/api/v1/notices").then().statusCode(201).extract().header("Location");
        assertTrue(location.startsWith("https://supervision.example.gov.cn/api/v1/notices/"), location);
    }

    /** Anyone but the gateway (here 127.0.0.2, not in quarkus.http.proxy.trusted-proxies) cannot steer a Location. */
    @Test
    void forwardingHeadersFromAnotherAddressAreIgnored() throws Exception {
        String id = PublishedPlan.publish(kafka).assignmentOf(FGW, "2");
        String location = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", InetAddress.getByName("127.0.0.2"))))
                .baseUri("http://127.0.0.1").auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Port", "443")
                .body(notice(id)).when().post("/api/v1/notices").then().statusCode(201).extract().header("Location");
        assertEquals("http://127.0.0.1:" + RestAssured.port, location.substring(0, location.indexOf("/api/")), location);
    }

    /** The same view; instants compare to the microsecond, which is what the database keeps of the 201's clock reading. */
    private static void assertSame(ExtractableResponse<Response> created, ValidatableResponse read) {
        assertEquals(withoutInstants(created.path("")), withoutInstants(read.extract().path("")));
    }

    private static Map<String, Object> withoutInstants(Map<String, Object> view) {
        Map<String, Object> copy = new HashMap<>(view);
        copy.keySet().removeIf(name -> name.endsWith("At"));
        return copy;
    }

    private static ExtractableResponse<Response> report(String officer, String assignment) {
        return given().auth().oauth2(officer).header("If-Match", accepted(officer, assignment)).contentType(ContentType.JSON)
                .body("{\"percent\": 30, \"narrative\": \"进展顺利\"}").when().post("/api/v1/assignments/" + assignment + "/reports")
                .then().statusCode(201).extract();
    }

    private static String accepted(String officer, String assignment) {
        return given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", PublishedPlan.etagOf(assignment))
                .body("{}").when().post("/api/v1/assignments/" + assignment + "/accept").then().statusCode(200).extract().header("ETag");
    }

    private static String notice(String assignment) {
        return """
                {"unitCode": "%s", "assignmentIds": ["%s"], "title": "督办单", "body": "请报告进展。", "respondBy": "%s"}"""
                .formatted(FGW, assignment, TODAY.plusDays(10));
    }
}
