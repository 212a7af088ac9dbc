package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Services reached over https (TlsServices): a service whose certificate the gateway's trust store holds is
 * called, its health asked and its document combined over TLS; a service with a certificate nobody trusts is
 * never called (a problem answer, its upstream check DOWN); and neither that nor a stopped service makes the
 * gateway itself unready.
 */
@QuarkusTest
@QuarkusTestResource(value = TlsServices.class, restrictToAnnotatedClass = true)
class UpstreamTlsTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/health/group/upstreams", management = true)
    URL upstreams;

    @Test
    void aServiceWithATrustedCertificateIsCalledOverHttps() {
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/plans/tls-1").then().statusCode(200)
                .body("service", equalTo("plan")).body("path", equalTo("/api/v1/plans/tls-1"))
                .body("authorization", startsWith("Bearer "));
    }

    @Test
    void aServiceWithAnUntrustedCertificateIsNeverCalled() {
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments").then().statusCode(502)
                .contentType("application/problem+json");
    }

    @Test
    void theUpstreamGroupShowsEachServiceOverItsOwnSchemeAndReadinessIsTheGatewaysOwn() {
        given().when().get(upstreams).then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'service:plan' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'service:task' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'service:notification' }.status", equalTo("DOWN"));
        given().when().get(ready).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("gateway"));
    }

    @Test
    void theCombinedDocumentReadsATlsServicesDocument() {
        given().when().get("/q/openapi").then().statusCode(200).body("paths", hasKey("/api/v1/plans"))
                .body("x-missing-services", hasItem("task"));
    }
}
