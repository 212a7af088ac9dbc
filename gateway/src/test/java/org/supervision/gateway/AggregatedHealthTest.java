package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Readiness shows each service; a service being down never touches the gateway's liveness. */
@QuarkusTest
@QuarkusTestResource(EchoServices.class)
class AggregatedHealthTest {

    @Test
    void eachServiceIsAReadinessCheck() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("service:plan", "service:task", "service:notification"));
    }

    @Test
    void aStoppedServiceIsDownInReadinessButTheGatewayStaysLive() {
        Echo.stop("notification");
        try {
            given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'service:notification' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'service:plan' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'service:task' }.status", equalTo("UP"));
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            Echo.start("notification");
        }
        Echo.await("readiness is UP again", Duration.ofSeconds(5),
                () -> given().when().get("/q/health/ready").statusCode() == 200);
    }
}
