package org.supervision.notification.api;

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
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class NulCharactersTest {

    @Test
    void aNulCharacterInAWebhookNameIsA400NamingTheField() {
        given().auth().oauth2(TestTokens.supervisor()).contentType("application/json")
                .body("{\"name\": \"短信\\u0000平台\", \"url\": \"https://hooks.example.gov.cn/x\"}")
                .when().post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name")).body("errors[0].rule", equalTo("noNulCharacter"));
    }
}
