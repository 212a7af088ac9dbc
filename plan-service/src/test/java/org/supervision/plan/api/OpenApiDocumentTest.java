package org.supervision.plan.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The API description is part of the product: every endpoint is described and secured, bodies have examples. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class OpenApiDocumentTest {

    /** The service's own document is on the management interface; the gateway shows the combined one. */
    @TestHTTPResource(value = "/openapi", management = true)
    URL document;

    @Test
    void everyEndpointIsDescribedWithItsSecurityAndBodiesHaveExamples() {
        JsonPath doc = given().queryParam("format", "json").when().get(document).then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        for (String path : List.of("/api/v1/plans", "/api/v1/plans/imports", "/api/v1/plans/{id}", "/api/v1/plans/{id}/publish",
                "/api/v1/plans/{id}/measures", "/api/v1/plans/{id}/measures/{measureId}", "/api/v1/units", "/api/v1/units/{id}",
                "/api/v1/units/groups", "/api/v1/units/groups/{id}")) {
            assertTrue(paths.containsKey(path), "described: " + path);
        }
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation.get("summary") == null) {
                missing.add(method + " " + path + ": summary");
            }
            if (operation.get("security") == null) {
                missing.add(method + " " + path + ": security");
            }
        }));
        assertEquals(List.of(), missing);
        assertTrue(doc.prettify().contains("钦政办〔2024〕2号"), "examples are in the document");
        Map<String, Object> importBodies = doc.getMap("paths.'/api/v1/plans/imports'.post.requestBody.content");
        assertTrue(importBodies.containsKey("multipart/form-data"), importBodies.keySet().toString());
        assertTrue(importBodies.containsKey("text/plain"), importBodies.keySet().toString());
        assertTrue(doc.getMap("components.securitySchemes").containsKey("SecurityScheme"));
    }

    /** The header is described on exactly the creating POSTs that honour it, with the answers it adds. */
    @Test
    void theIdempotencyKeyIsDescribedOnEveryCreatingPost() {
        JsonPath doc = given().queryParam("format", "json").when().get(document).then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> keyed = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Object parameters = operation.get("parameters");
            if (parameters != null && parameters.toString().contains("#/components/parameters/Idempotency-Key")) {
                keyed.add(method + " " + path);
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertTrue(responses.keySet().containsAll(List.of("409", "422")), method + " " + path + ": " + responses.keySet());
            }
        }));
        keyed.sort(null);
        assertEquals(List.of("post /api/v1/plans", "post /api/v1/plans/imports", "post /api/v1/plans/{id}/measures",
                "post /api/v1/units", "post /api/v1/units/groups", "post /api/v1/units/regions"), keyed);
        assertEquals("header", doc.getString("components.parameters.Idempotency-Key.in"));
        assertEquals(255, doc.getInt("components.parameters.Idempotency-Key.schema.maxLength"));
        assertTrue(doc.getString("paths.'/api/v1/plans'.post.responses.'201'.headers").contains("Idempotent-Replayed"));
    }
}
