package org.supervision.task.handover;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.supervision.contracts.Topics;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.PublishedPlan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** 转办 inside a unit through the API with real tokens: only the unit's own officer, with history and audit. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class HandoverTest {

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Test
    void theUnitsOfficerHandsTheWorkOnInsideTheUnitAndTheChainIsKept() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(PublishedPlan.FGW, "2");
        String fgw = TestTokens.unitOfficer(PublishedPlan.FGW);
        String first = "{\"personInCharge\": \"李四\", \"department\": \"投资科\", \"phone\": \"0777-2820000\", \"note\": \"由投资科承办\"}";

        // before 签收 there is nothing to hand on
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", PublishedPlan.etagOf(id)).body(first)
                .when().post(handover(id)).then().statusCode(409).body("allowed", hasItem("accept"));
        String etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", PublishedPlan.etagOf(id))
                .body("{\"personInCharge\": \"张三\", \"phone\": \"0777-1111111\"}").when().post("/api/v1/assignments/" + id + "/accept")
                .then().statusCode(200).extract().header("ETag");

        given().auth().oauth2(TestTokens.unitOfficer(PublishedPlan.SCJG)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(first).when().post(handover(id)).then().statusCode(404);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(first).when().post(handover(id)).then().statusCode(403);
        given().auth().oauth2(fgw).contentType(ContentType.JSON).body(first).when().post(handover(id)).then().statusCode(428);
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"personInCharge\": \"\", \"phone\": \"call me\"}").when().post(handover(id)).then().statusCode(400)
                .contentType("application/problem+json");

        etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body(first)
                .when().post(handover(id)).then().statusCode(200)
                .body("personInCharge", equalTo("李四")).body("handlingDepartment", equalTo("投资科"))
                .body("phone", equalTo("0777-2820000")).body("state", equalTo("ACCEPTED")).extract().header("ETag");
        // the next hand keeps the department when none is named, and the old person's phone goes with them
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag).body("{\"personInCharge\": \"王五\"}")
                .when().post(handover(id)).then().statusCode(200)
                .body("personInCharge", equalTo("王五")).body("handlingDepartment", equalTo("投资科")).body("phone", nullValue());

        given().auth().oauth2(TestTokens.leader()).when().get("/api/v1/assignments/" + id + "/handovers").then().statusCode(200)
                .body("fromPerson", contains("张三", "李四")).body("toPerson", contains("李四", "王五"))
                .body("toDepartment", contains("投资科", "投资科")).body("[0].note", equalTo("由投资科承办"))
                .body("[0].handedOverBy", equalTo("officer-" + PublishedPlan.FGW.toLowerCase()));
        given().auth().oauth2(TestTokens.unitOfficer(PublishedPlan.SCJG)).when().get("/api/v1/assignments/" + id + "/handovers")
                .then().statusCode(404);
        given().auth().oauth2(fgw).when().get("/api/v1/assignments/" + id + "/audit").then().statusCode(200)
                .body("action", contains("ISSUE", "ACCEPT", "HANDOVER", "HANDOVER"))
                .body("[2].before.personInCharge", equalTo("张三")).body("[2].after.personInCharge", equalTo("李四"));
        kafka.await(Topics.TASK, r -> id.equals(r.key()) && r.value().contains("\"action\":\"HANDOVER\""), Duration.ofSeconds(20));
    }

    private static String handover(String id) {
        return "/api/v1/assignments/" + id + "/handover";
    }
}
