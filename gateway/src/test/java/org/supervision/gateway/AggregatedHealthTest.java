package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Readiness shows each service; a service being down never touches the gateway's liveness. Both on the management port. */
@QuarkusTest
@QuarkusTestResource(EchoServices.class)
class AggregatedHealthTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/health/live", management = true)
    URL live;

    @Test
    void eachServiceIsAReadinessCheck() {
        given().when().get(ready).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("service:plan", "service:task", "service:notification"));
    }

    @Test
    void aStoppedServiceIsDownInReadinessButTheGatewayStaysLive() {
        Echo.stop("notification");
        try {
            given().when().get(ready).then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'service:notification' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'service:plan' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'service:task' }.status", equalTo("UP"));
            given().when().get(live).then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            Echo.start("notification");
        }
        Echo.await("readiness is UP again", Duration.ofSeconds(5),
                () -> given().when().get(ready).statusCode() == 200);
    }
}
