package org.supervision.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** A body above the service's 12 MB is a 413 problem, after authentication (an anonymous caller hears only 401). */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class DeclaredBodyLimitTest {

    private static final byte[] THIRTEEN_MEGABYTES = "一、总体要求\n".repeat(13 * 1024 * 1024 / 19 + 1).getBytes(StandardCharsets.UTF_8);

    @Test
    void aBodyAboveTheLimitIs413Problem() {
        given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8").body(THIRTEEN_MEGABYTES)
                .when().post("/api/v1/plans/imports?dryRun=true")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        given().contentType("text/plain; charset=UTF-8").body(THIRTEEN_MEGABYTES)
                .when().post("/api/v1/plans/imports?dryRun=true").then().statusCode(401);
    }
}
