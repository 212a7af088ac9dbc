package org.supervision.task.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.PublishedPlan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A text is stored as sent or refused as the body is read, never changed: U+0000 (PostgreSQL cannot
 * hold it) and half a surrogate pair (UTF-8 cannot: it was stored as '?') are a 400 naming the field;
 * whole pairs, characters beyond U+FFFF, are kept exactly.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class StorableTextTest {

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Test
    void aNulCharacterInAnyTextIsA400NamingTheField() {
        String report = "/api/v1/assignments/" + UUID.randomUUID() + "/reports";
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).header("If-Match", "\"1\"").contentType("application/json")
                .body("{\"percent\": 10, \"narrative\": \"进展\\u0000报送\"}").when().post(report)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("narrative")).body("errors[0].rule", equalTo("noNulCharacter"));
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).header("If-Match", "\"1\"").contentType("application/json")
                .body("{\"percent\": 10, \"narrative\": \"x\", \"figures\": [{\"metric\": \"a\\u0000\", \"value\": 1}]}").when().post(report)
                .then().statusCode(400).body("errors[0].field", equalTo("figures[0].metric"));
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).header("If-Match", "\"1\"").contentType("application/json")
                .body("{\"summary\": \"\\u0000\"}").when().post("/api/v1/assignments/" + UUID.randomUUID() + "/completion-request")
                .then().statusCode(400).body("errors[0].field", equalTo("summary"));
    }

    @Test
    void everyOtherControlCharacterIsReadAsSent() {
        // read, then the unknown assignment answers: the body itself was fine
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).header("If-Match", "\"1\"").contentType("application/json")
                .body("{\"percent\": 10, \"narrative\": \"\\u0001\\u0007\\u001b[31m\\r\\n\\t\"}")
                .when().post("/api/v1/assignments/" + UUID.randomUUID() + "/reports").then().statusCode(404);
    }

    @Test
    void halfASurrogatePairIsA400NamingTheFieldAndWholePairsAreStoredExactly() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(PublishedPlan.FGW, "1");
        String fgw = TestTokens.unitOfficer(PublishedPlan.FGW);
        String etag = given().auth().oauth2(fgw).contentType("application/json").header("If-Match", PublishedPlan.etagOf(id)).body("{}")
                .when().post("/api/v1/assignments/" + id + "/accept").then().statusCode(200).extract().header("ETag");
        String reports = "/api/v1/assignments/" + id + "/reports";
        for (String[] wrong : new String[][] {{"{\"percent\": 10, \"narrative\": \"进展\\ud800报送\"}", "narrative"},
                {"{\"percent\": 10, \"narrative\": \"x\", \"figures\": [{\"metric\": \"\\udc00\", \"value\": 1}]}", "figures[0].metric"},
                {"{\"percent\": 10, \"narrative\": \"x\", \"figures\": [{\"metric\": \"a\", \"value\": 1, \"unit\": \"件\\ud83d\"}]}",
                        "figures[0].unit"}}) {
            given().auth().oauth2(fgw).header("If-Match", etag).contentType("application/json").body(wrong[0])
                    .when().post(reports).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(wrong[1])).body("errors[0].rule", equalTo("noLoneSurrogate"));
        }
        given().auth().oauth2(fgw).when().get(reports).then().statusCode(200).body("size()", equalTo(0));

        String narrative = "进展𠀀😀：完成𠮷野家对接";
        given().auth().oauth2(fgw).header("If-Match", etag).contentType("application/json; charset=UTF-8")
                .body("{\"percent\": 10, \"narrative\": \"" + narrative + "\"}")
                .when().post(reports).then().statusCode(201).body("narrative", equalTo(narrative));
        given().auth().oauth2(TestTokens.supervisor()).when().get(reports).then().statusCode(200)
                .body("narrative", contains(narrative));
    }
}
