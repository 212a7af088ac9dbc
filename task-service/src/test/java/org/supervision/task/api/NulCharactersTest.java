package org.supervision.task.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** U+0000 in any text of a body is refused as the body is read: 400 naming the field, never a 500 from the database. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class NulCharactersTest {

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
}
