package org.supervision.task.api;

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
 * naming the parameter and what it takes, for every number of every list; a date with U+0000 too.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class QueryParametersTest {

    @Test
    void anUnreadableNumberInAListQueryIsA400NamingIt() {
        for (String list : List.of("/api/v1/assignments", "/api/v1/notices")) {
            for (List<String> wrong : List.of(List.of("size", "2147483648"), List.of("page", "abc"), List.of("size", "1.5"),
                    List.of("page", "-2147483649"))) {
                given().auth().oauth2(TestTokens.supervisor()).queryParam(wrong.get(0), wrong.get(1)).when().get(list)
                        .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo(wrong.get(0))).body("errors[0].rule", equalTo("integer"));
            }
            given().auth().oauth2(TestTokens.supervisor()).queryParam("page", "0").queryParam("size", "5").when().get(list)
                    .then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.supervisor()).queryParam("workingDays", "1.5").queryParam("start", "2024-09-27")
                .when().get("/api/v1/calendar/add").then().statusCode(400).body("errors[0].field", equalTo("workingDays"));
    }

    @Test
    void aDateWithANulCharacterIsA400NamingIt() {
        for (List<String> query : List.of(List.of("/api/v1/assignments", "dueBefore"), List.of("/api/v1/assignments", "dueAfter"),
                List.of("/api/v1/assignments", "updatedSince"), List.of("/api/v1/calendar/working-days", "from"))) {
            String value = query.get(1).equals("updatedSince") ? "2024-01-01T00:00:00Z\u0000" : "2024-09-28\u0000";
            given().auth().oauth2(TestTokens.supervisor()).queryParam(query.get(1), value).queryParam("to", "2024-10-08")
                    .when().get(query.get(0))
                    .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(query.get(1)));
        }
    }
}
