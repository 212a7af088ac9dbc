package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The group {@code upstreams} shows each service; a service being down touches neither the gateway's readiness
 * (other replicas would all leave rotation at once, and the routes to the services that are up with them) nor
 * its liveness. All on the management port.
 */
@QuarkusTest
@QuarkusTestResource(EchoServices.class)
class AggregatedHealthTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/health/live", management = true)
    URL live;

    @TestHTTPResource(value = "/health/group/upstreams", management = true)
    URL upstreams;

    @Test
    void eachServiceIsACheckOfTheUpstreamGroupNotOfReadiness() {
        given().when().get(upstreams).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("service:plan", "service:task", "service:notification"));
        given().when().get(ready).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", not(hasItem("service:plan")))
                .body("checks.find { it.name == 'gateway' }.status", equalTo("UP"));
    }

    @Test
    void aStoppedServiceIsDownInItsGroupButTheGatewayStaysReadyAndLive() {
        Echo.stop("notification");
        try {
            given().when().get(ready).then().statusCode(200).body("status", equalTo("UP"));
            given().when().get(upstreams).then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'service:notification' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'service:plan' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'service:task' }.status", equalTo("UP"));
            given().when().get(live).then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            Echo.start("notification");
        }
        Echo.await("the upstream group is UP again", Duration.ofSeconds(5),
                () -> given().when().get(upstreams).statusCode() == 200);
    }
}
