package org.supervision.task.supervision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.PublishedPlan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.supervision.contracts.reporting.ReportingCycleChanged;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A reporting cycle is changed only against the version read, and every change is published once, in order. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class ReportingCyclesTest {

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Test
    void aCycleIsCreatedWithoutIfMatchChangedOnlyWithTheCurrentETagAndEachChangeIsPublished() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String path = "/api/v1/supervision/reporting-cycles/" + plan.planId();
        String monthly = "{\"frequency\": \"MONTHLY\", \"dueDay\": 5}";
        String weekly = "{\"frequency\": \"WEEKLY\", \"dueDay\": 5}";

        String created = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(monthly)
                .when().put(path).then().statusCode(200).body("version", equalTo(0)).extract().header("ETag");
        assertEquals("\"0\"", created);
        given().auth().oauth2(TestTokens.supervisor()).when().get(path).then().statusCode(200).header("ETag", "\"0\"");

        // the cycle exists now: a change must say which version it was made against
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(weekly)
                .when().put(path).then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(weekly)
                .when().put(path).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "not-an-etag").body(weekly)
                .when().put(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        given().auth().oauth2(TestTokens.supervisor()).when().get(path).then().statusCode(200).body("frequency", equalTo("MONTHLY"));

        String changed = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", created)
                .body(weekly).when().put(path).then().statusCode(200).body("frequency", equalTo("WEEKLY")).extract().header("ETag");
        assertEquals("\"1\"", changed);
        // the ETag just used is stale now
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", created).body(monthly)
                .when().put(path).then().statusCode(412);

        given().auth().oauth2(TestTokens.supervisor()).when().delete(path).then().statusCode(428);
        given().auth().oauth2(TestTokens.supervisor()).header("If-Match", created).when().delete(path).then().statusCode(412);
        given().auth().oauth2(TestTokens.supervisor()).header("If-Match", changed).when().delete(path).then().statusCode(204);
        given().auth().oauth2(TestTokens.supervisor()).when().get(path).then().statusCode(404);
        // an If-Match against a cycle removed meanwhile is stale, not a silent re-creation
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", changed).body(monthly)
                .when().put(path).then().statusCode(412);

        List<JsonPath> events = kafka.awaitAll("supervision.task.v1",
                        r -> r.key().equals(plan.planId().toString()) && r.value().contains(ReportingCycleChanged.TYPE), 3,
                        Duration.ofSeconds(20))
                .stream().map(r -> JsonPath.from(r.value())).toList();
        assertEquals(List.of("SET MONTHLY 5 0", "SET WEEKLY 5 1", "REMOVED null null 2"), events.stream()
                .map(e -> e.getString("data.action") + " " + e.getString("data.frequency") + " " + e.getString("data.dueDay")
                        + " " + e.getString("data.version")).toList());
        assertEquals(plan.planId().toString(), events.get(0).getString("subject"));
        assertEquals("supervisor", events.get(0).getString("data.actor"));
        assertEquals(3, events.stream().map(e -> e.getString("id")).distinct().count());
    }

    @Test
    void onlyTheSupervisionOfficeChangesACycle() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).contentType(ContentType.JSON)
                .body("{\"frequency\": \"MONTHLY\", \"dueDay\": 5}")
                .when().put("/api/v1/supervision/reporting-cycles/" + plan.planId()).then().statusCode(403);
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).header("If-Match", "\"0\"")
                .when().delete("/api/v1/supervision/reporting-cycles/" + plan.planId()).then().statusCode(403);
    }
}
