package org.supervision.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** U+0000 in any text of a body is refused as the body is read: 400 naming the field, never a 500 from the database. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class NulCharactersTest {

    @Test
    void aNulCharacterInAPlanOrMeasureTitleIsA400NamingTheField() {
        given().auth().oauth2(TestTokens.supervisor()).contentType("application/json")
                .body("{\"title\": \"方案\\u0000\", \"measures\": [{\"number\": \"1\", \"title\": \"x\", \"leadUnits\": [\"市发展改革委\"]}]}")
                .when().post("/api/v1/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("title")).body("errors[0].rule", equalTo("noNulCharacter"));
        given().auth().oauth2(TestTokens.supervisor()).contentType("application/json")
                .body("{\"title\": \"方案\", \"measures\": [{\"number\": \"1\", \"title\": \"x\", \"leadUnits\": [\"市发展\\u0000改革委\"]}]}")
                .when().post("/api/v1/plans").then().statusCode(400).body("errors[0].field", equalTo("measures[0].leadUnits[0]"));
    }
}
