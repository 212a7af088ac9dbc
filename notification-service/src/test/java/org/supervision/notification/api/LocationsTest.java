package org.supervision.notification.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** A webhook's Location answers (without the secret, to its owner and the office only) and names the gateway the client called. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class LocationsTest {

    private static final String WEBHOOKS = "/api/v1/webhooks";

    @Test
    void aWebhooksLocationReadsItBackWithoutItsSecretToWhoMayManageIt() {
        ExtractableResponse<Response> created = register(given().auth().oauth2(TestTokens.integration()));
        String location = created.header("Location");
        try {
            for (String reader : List.of(TestTokens.integration(), TestTokens.supervisor())) {
                given().auth().oauth2(reader).when().get(location).then().statusCode(200)
                        .body("id", equalTo(created.path("id"))).body("name", equalTo(created.path("name")))
                        .body("url", equalTo(created.path("url"))).body("createdBy", equalTo(created.path("createdBy")))
                        .body("active", equalTo(true)).body("secret", nullValue());
            }
            // another system's receiver does not exist for this one; unit officers and leaders manage none
            given().auth().oauth2(TestTokens.token("another-system", List.of("integration"), null)).when().get(location)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.leader()).when().get(location).then().statusCode(403);
            given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).when().get(location).then().statusCode(403);
            given().auth().oauth2(TestTokens.supervisor()).when().get(WEBHOOKS + "/" + UUID.randomUUID()).then().statusCode(404);
        } finally {
            stop(created.path("id"));
        }
        given().auth().oauth2(TestTokens.integration()).when().get(location).then().statusCode(200).body("active", equalTo(false));
    }

    /** The gateway (a trusted address: loopback here) says where the client called; the Location names it. */
    @Test
    void aLocationNamesTheAddressTheClientCalledThroughTheGateway() {
        ExtractableResponse<Response> created = register(given().auth().oauth2(TestTokens.supervisor())
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "supervision.example.gov.cn")
                .header("X-Forwarded-Port", "443").header("X-Forwarded-For", "203.0.113.9"));
        stop(created.path("id"));
        assertTrue(created.header("Location").startsWith("https://supervision.example.gov.cn/api/v1/webhooks/"), created.header("Location"));
    }

    /** Anyone but the gateway (here 127.0.0.2, not in quarkus.http.proxy.trusted-proxies) cannot steer a Location. */
    @Test
    void forwardingHeadersFromAnotherAddressAreIgnored() throws Exception {
        ExtractableResponse<Response> created = register(given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", InetAddress.getByName("127.0.0.2"))))
                .baseUri("http://127.0.0.1").auth().oauth2(TestTokens.supervisor())
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Port", "443"));
        stop(created.path("id"));
        String location = created.header("Location");
        assertEquals("http://127.0.0.1:" + RestAssured.port, location.substring(0, location.indexOf("/api/")), location);
    }

    private static ExtractableResponse<Response> register(io.restassured.specification.RequestSpecification request) {
        return request.contentType(ContentType.JSON).body(Map.of("name", "location-" + UUID.randomUUID(), "url", "http://127.0.0.1:9/hook"))
                .when().post(WEBHOOKS).then().statusCode(201).body("secret", notNullValue()).extract();
    }

    private static void stop(String id) {
        given().auth().oauth2(TestTokens.supervisor()).when().delete(WEBHOOKS + "/" + id).then().statusCode(204);
    }
}
