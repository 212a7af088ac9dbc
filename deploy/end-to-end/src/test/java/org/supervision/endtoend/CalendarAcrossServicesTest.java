package org.supervision.endtoend;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * One calendar for the suite: a year the office enters at task-service (through the gateway, real Keycloak
 * tokens) reaches notification-service as a supervision.calendar.year.v1 event and is counted there; a stale
 * If-Match is 412 and a unit officer's PUT is 403.
 */
class CalendarAcrossServicesTest {

    /** A year no other test enters; 2042-01-01 is a Wednesday. */
    private static final String YEAR = "/api/v1/calendar/years/2042";
    private static final String BODY = "{\"notice\": \"国务院办公厅关于2042年部分节假日安排的通知（测试）\", "
            + "\"holidays\": [{\"date\": \"2042-01-01\", \"name\": \"元旦\"}], \"workingDays\": []}";

    private static Suite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = Suite.get();
    }

    @Test
    void aYearEnteredAtTaskServiceIsCountedByNotificationService() {
        String supervisor = suite.tokens.user("supervisor");
        given().auth().oauth2(suite.tokens.user("officer-fgw")).contentType(ContentType.JSON).body(BODY)
                .when().put(suite.gateway + YEAR).then().statusCode(403);
        String etag = given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(BODY)
                .when().put(suite.gateway + YEAR).then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).header("If-Match", "\"9\"").body(BODY)
                .when().put(suite.gateway + YEAR).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(suite.tokens.user("leader")).queryParam("from", "2042-01-01").queryParam("to", "2042-01-01")
                .when().get(suite.gateway + "/api/v1/calendar/working-days").then().statusCode(200)
                .body("days[0].type", equalTo("HOLIDAY"));
        // notification-service says in its readiness which years it counts with: 2042 arrives by the event
        String health = suite.platform.service("notification-service").managementUrl() + "/q/health/ready";
        await("notification-service counts with 2042").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().when().get(health).then().statusCode(200)
                        .body("checks.find { it.name == 'working-day calendar' }.data.years", containsString("2042")));
        given().auth().oauth2(supervisor).when().get(suite.gateway + YEAR).then().statusCode(200).header("ETag", etag);
    }
}
