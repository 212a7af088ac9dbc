package org.supervision.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** A whole number with a fraction was cut (a year of 2024.5 became 2024): it is a 400 naming the field, nothing stored. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class WholeNumbersTest {

    @Test
    void aYearWithAFractionIsA400NamingItAndNothingIsStored() {
        String marker = "年份" + UUID.randomUUID().toString().substring(0, 8);
        for (String year : List.of("2024.5", "2024.0", "2.024e3")) {
            given().auth().oauth2(TestTokens.supervisor()).contentType("application/json")
                    .body("{\"title\": \"方案" + marker + "\", \"year\": " + year + ", \"measures\": [{\"number\": \"1\", "
                            + "\"title\": \"健全机制\", \"leadUnits\": [\"市发展改革委\"], \"deadline\": \"2024-12-31\"}]}")
                    .when().post("/api/v1/plans").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("year")).body("errors[0].rule", equalTo("type"));
        }
        given().auth().oauth2(TestTokens.supervisor()).queryParam("q", marker).when().get("/api/v1/plans")
                .then().statusCode(200).body("$", hasSize(0));
    }
}
