package org.supervision.notification.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A text is stored as sent or refused as the body is read, never changed: U+0000 (PostgreSQL cannot
 * hold it) and half a surrogate pair (UTF-8 cannot: it was stored as '?') are a 400 naming the field;
 * whole pairs, characters beyond U+FFFF, are kept exactly.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class StorableTextTest {

    @Test
    void aNulCharacterInAWebhookNameIsA400NamingTheField() {
        given().auth().oauth2(TestTokens.supervisor()).contentType("application/json")
                .body("{\"name\": \"短信\\u0000平台\", \"url\": \"https://hooks.example.gov.cn/x\"}")
                .when().post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name")).body("errors[0].rule", equalTo("noNulCharacter"));
    }

    @Test
    void halfASurrogatePairIsA400NamingTheFieldAndWholePairsAreStoredExactly() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (String half : new String[] {"\\ud800", "\\udc00", "\\ude00\\ud83d"}) {
            given().auth().oauth2(TestTokens.supervisor()).contentType("application/json")
                    .body("{\"name\": \"短信" + half + marker + "\", \"url\": \"http://127.0.0.1:9/hook\"}")
                    .when().post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("name")).body("errors[0].rule", equalTo("noLoneSurrogate"));
        }
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/webhooks").then().statusCode(200)
                .body("findAll { it.name.contains('%s') }.size()".formatted(marker), equalTo(0));

        String name = "短信平台𠀀😀" + marker;
        String id = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "url", "http://127.0.0.1:9/hook")).post("/api/v1/webhooks")
                .then().statusCode(201).body("name", equalTo(name)).extract().path("id");
        try {
            given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/webhooks").then().statusCode(200)
                    .body("find { it.id == '%s' }.name".formatted(id), equalTo(name));
        } finally {
            given().auth().oauth2(TestTokens.supervisor()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }
}
