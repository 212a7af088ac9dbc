package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** One API document from the services' own, and Swagger UI showing it. */
@QuarkusTest
@QuarkusTestResource(EchoServices.class)
class CombinedOpenApiTest {

    @Test
    void theCombinedDocumentHasThePathsOfAllServicesAndTheBearerScheme() {
        given().when().get("/q/openapi").then().statusCode(200).contentType("application/json")
                .body("paths", hasKey("/api/v1/plans")).body("paths", hasKey("/api/v1/assignments"))
                .body("paths", hasKey("/api/v1/inbox"))
                .body("paths", not(hasKey("/internal/plan"))) // not routed by the gateway: not shown
                .body("components.schemas", hasKey("planThing")).body("components.schemas", hasKey("notificationThing"))
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"))
                .body("security[0]", hasKey("SecurityScheme"))
                .body("tags.name", hasItems("plan", "task", "notification"))
                .body("servers[0].url", startsWith("http://"))
                .body("x-missing-services", empty());
    }

    @Test
    void aServiceThatIsDownIsNamedAndTheOthersAreStillShown() {
        Echo.stop("task");
        try {
            given().when().get("/q/openapi").then().statusCode(200)
                    .body("paths", hasKey("/api/v1/plans")).body("paths", hasKey("/api/v1/inbox"))
                    .body("paths", not(hasKey("/api/v1/assignments")))
                    .body("x-missing-services", hasItems("task"))
                    .body("info.description", containsString("task"));
        } finally {
            Echo.start("task");
        }
        Echo.await("task is back in the document", Duration.ofSeconds(5),
                () -> given().when().get("/q/openapi").then().extract().path("paths.'/api/v1/assignments'") != null);
    }

    @Test
    void swaggerUiShowsTheCombinedDocument() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/q/openapi"));
    }
}
