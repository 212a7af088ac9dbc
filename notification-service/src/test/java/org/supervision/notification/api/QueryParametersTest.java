package org.supervision.notification.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A query value JAX-RS cannot read was an empty 404, as if the list did not exist, and a yes/no it
 * could not read was taken as no: both are a 400 naming the parameter and what it takes.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class QueryParametersTest {

    @Test
    void anUnreadableNumberInAListQueryIsA400NamingIt() {
        for (String list : List.of("/api/v1/inbox", "/api/v1/deliveries?status=FAILED")) {
            for (List<String> wrong : List.of(List.of("size", "2147483648"), List.of("page", "abc"), List.of("size", "1.5"),
                    List.of("page", "-2147483649"))) {
                given().auth().oauth2(TestTokens.supervisor()).queryParam(wrong.get(0), wrong.get(1)).when().get(list)
                        .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo(wrong.get(0))).body("errors[0].rule", equalTo("integer"));
            }
            given().auth().oauth2(TestTokens.supervisor()).queryParam("page", "0").queryParam("size", "5").when().get(list)
                    .then().statusCode(200);
        }
    }

    @Test
    void unreadOnlyThatIsNeitherTrueNorFalseIsA400() {
        for (String wrong : List.of("maybe", "1", "yes")) {
            given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).queryParam("unreadOnly", wrong).when().get("/api/v1/inbox")
                    .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("unreadOnly")).body("errors[0].rule", equalTo("boolean"));
        }
        for (String right : List.of("true", "FALSE")) {
            given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).queryParam("unreadOnly", right).when().get("/api/v1/inbox")
                    .then().statusCode(200);
        }
    }
}
