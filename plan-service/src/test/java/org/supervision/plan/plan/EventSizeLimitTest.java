package org.supervision.plan.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.plan.events.SmallRecordsProfile;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * A change whose event Kafka could never take is refused at the request, naming the measure and the
 * limit, and nothing is written: no plan, no publication, no event. Here events may be 20,000 bytes.
 */
@QuarkusTest
@TestProfile(SmallRecordsProfile.class)
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class EventSizeLimitTest {

    private static final String LIMIT = String.valueOf(SmallRecordsProfile.MAX_EVENT_BYTES);
    /** Fifty targets of 300 characters: about 45,000 bytes in a measure's event. */
    private static final String MANY_TARGETS = IntStream.range(0, 50)
            .mapToObj(i -> "{\"text\": \"" + "提升企业满意度".repeat(42) + i + "\"}").collect(Collectors.joining(", ", "[", "]"));

    /**
     * The plan in small: as one event (plan.published.v1 carried every measure) it would be larger
     * than the producer takes here, so it could never be sent and would hold back every plan event after it.
     * Its header and each measure travel as events of their own, in the plan's order, and the next plan follows.
     */
    @Test
    void aPlanTooLargeForOneEventIsPublishedAsItsHeaderAndASmallEventPerMeasure() {
        String title = "推进政务服务标准化规范化便利化，".repeat(63); // 1,008 characters
        int count = 40;
        StringBuilder measures = new StringBuilder();
        for (int i = 1; i <= count; i++) { // the counties' group: four units each
            measures.append(i == 1 ? "" : ", ").append("""
                    {"number": "%d", "title": "%s", "leadUnits": ["各县区人民政府"], "deadline": "2024-12-31"}""".formatted(i, title));
        }
        String location = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"title\": \"大型实施方案\", \"year\": 2024, \"measures\": [" + measures + "]}")
                .when().post("/api/v1/plans").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        PlanEventsOnKafka events = PlanEventsOnKafka.await(id, count, Duration.ofSeconds(30));
        long total = 0;
        for (int i = 0; i < count; i++) {
            assertEquals(String.valueOf(i + 1), events.measureTree(i).path("number").asText(), "in the plan's order");
            assertEquals(4, events.measureTree(i).path("units").size(), "the group's members");
            long bytes = events.records().get(i + 1).value().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes < SmallRecordsProfile.MAX_EVENT_BYTES, "a measure's event is small: " + bytes);
            total += bytes;
        }
        assertTrue(total > SmallRecordsProfile.MAX_REQUEST_SIZE, "as one event it would be too large: " + total);
        String next = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"title": "下一个方案", "year": 2024, "measures": [{"number": "1", "title": "健全准入退出机制",
                          "leadUnits": ["市发展改革委"]}]}""").when().post("/api/v1/plans").then().statusCode(201).extract().header("Location");
        PlanEventsOnKafka.await(next.substring(next.lastIndexOf('/') + 1), 1);
    }

    @Test
    void aPlanWithAMeasureTooLargeToPublishIsRefusedNamingItAndNothingIsStored() {
        String marker = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"title": "超大措施方案 %s", "year": 2024, "measures": [
                          {"number": "1", "title": "健全准入退出机制", "leadUnits": ["市发展改革委"]},
                          {"number": "2", "title": "%s", "leadUnits": ["市发展改革委"]}]}""".formatted(marker, "长".repeat(10_000)))
                .when().post("/api/v1/plans")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("measures[1]"))
                .body("errors[0].rule", equalTo("event-size"))
                .body("errors[0].message", containsString(LIMIT))
                .body("detail", containsString("supervision.outbox.max-event-bytes"));

        given().auth().oauth2(TestTokens.leader()).queryParam("q", marker).when().get("/api/v1/plans")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void publishingADraftWithAMeasureTooLargeIsRefusedAndTheDraftStaysAsItWas() {
        ExtractableResponse<Response> draft = given().auth().oauth2(TestTokens.supervisor())
                .contentType("text/plain; charset=UTF-8").body("""
                        钦州市超大措施测试方案
                        一、重点任务
                        1.推进企业开办便利化。（牵头单位：市行政审批局）
                        2.优化纳税服务。（牵头单位：市税务局）
                        """).when().post("/api/v1/plans/imports").then().statusCode(201).extract();
        String location = draft.header("Location");
        String planId = draft.path("plan.id");
        String edited = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", draft.header("ETag"))
                .body("""
                        {"number": "2", "title": "优化纳税服务", "leadUnits": [{"name": "市税务局"}], "targets": %s}""".formatted(MANY_TARGETS))
                .when().put(location + "/measures/" + draft.path("measures[1].id"))
                .then().statusCode(200).extract().header("ETag"); // a draft's measure is not published yet

        given().auth().oauth2(TestTokens.supervisor()).header("If-Match", edited).when().post(location + "/publish")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("measures[1]")).body("errors[0].rule", equalTo("event-size"));

        given().auth().oauth2(TestTokens.supervisor()).when().get(location).then().statusCode(200)
                .header("ETag", equalTo(edited)).body("plan.status", equalTo("DRAFT"));
        assertThrows(AssertionError.class, () -> KafkaTestClient.ofPlatform().await("supervision.plan.v1",
                r -> planId.equals(r.key()), Duration.ofSeconds(3)), "nothing of the plan was published");
    }

    @Test
    void aChangeOfAPublishedMeasureTooLargeToPublishIsRefusedAndTheMeasureStaysAsItWas() {
        String marker = UUID.randomUUID().toString();
        ExtractableResponse<Response> created = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("""
                        {"title": "超大修改方案 %s", "year": 2024, "measures": [
                          {"number": "1", "title": "健全准入退出机制", "leadUnits": ["市发展改革委"]}]}""".formatted(marker))
                .when().post("/api/v1/plans").then().statusCode(201).extract();
        String location = created.header("Location");
        String measureId = created.path("measures[0].id");

        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body("""
                        {"number": "1", "title": "健全准入退出机制", "leadUnits": [{"name": "市发展改革委"}], "targets": %s}"""
                        .formatted(MANY_TARGETS))
                .when().put(location + "/measures/" + measureId)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("measures[0]")).body("errors[0].rule", equalTo("event-size"));

        given().auth().oauth2(TestTokens.supervisor()).when().get(location).then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag"))).body("measures[0].targets", hasSize(0));
        PlanEventsOnKafka.await(created.path("plan.id"), 1);
        assertThrows(AssertionError.class, () -> KafkaTestClient.ofPlatform().await("supervision.plan.v1",
                r -> r.value().contains(measureId) && r.value().contains("measure.changed"), Duration.ofSeconds(3)));
    }
}
