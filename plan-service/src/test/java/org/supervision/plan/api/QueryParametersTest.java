package org.supervision.plan.api;

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
 * A query value JAX-RS cannot read was an empty 404, as if the list did not exist: it is a 400
 * naming the parameter and what it takes, for every number and yes/no of every list and import.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class QueryParametersTest {

    @Test
    void anUnreadableNumberInAListQueryIsA400NamingIt() {
        for (String list : List.of("/api/v1/plans", "/api/v1/units")) {
            for (List<String> wrong : List.of(List.of("size", "2147483648"), List.of("page", "abc"), List.of("size", "1.5"),
                    List.of("page", "-2147483649"))) {
                given().auth().oauth2(TestTokens.supervisor()).queryParam(wrong.get(0), wrong.get(1)).when().get(list)
                        .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo(wrong.get(0))).body("errors[0].rule", equalTo("integer"));
            }
            given().auth().oauth2(TestTokens.supervisor()).queryParam("page", " 0 ").queryParam("size", "5").when().get(list)
                    .then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.supervisor()).queryParam("year", "2024.5").when().get("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("year")).body("errors[0].rule", equalTo("integer"));
    }

    @Test
    void aYesOrNoThatIsNeitherIsA400NamingIt() {
        given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8").body("1.推进企业开办便利化。")
                .queryParam("dryRun", "maybe").when().post("/api/v1/plans/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dryRun")).body("errors[0].rule", equalTo("boolean"));
        given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8").body("1.推进企业开办便利化。")
                .queryParam("dryRun", "TRUE").when().post("/api/v1/plans/imports").then().statusCode(200);
    }
}
