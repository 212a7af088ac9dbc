package org.supervision.notification.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A whole number with a fraction was cut (an interval of 2.5 working days became 2): it is a 400 naming the field. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class WholeNumbersTest {

    private static final String POLICY = """
            {"beforeWorkingDays": [%s], "onTheDay": true, "overdueEveryWorkingDays": %s,
             "overdueMaxReminders": 5, "escalateAfterWorkingDays": 5}""";

    @Test
    void aReminderPolicyWithAFractionalWorkingDayIsA400NamingItAndNothingChanges() {
        String policy = "/api/v1/reminder-policies/" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(POLICY.formatted("3", "2.5"))
                .put(policy).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("overdueEveryWorkingDays")).body("errors[0].rule", equalTo("type"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(POLICY.formatted("3.5", "2"))
                .put(policy).then().statusCode(400).body("errors[0].field", equalTo("beforeWorkingDays[0]"));
        given().auth().oauth2(TestTokens.supervisor()).get(policy).then().statusCode(200).body("defaults", equalTo(true));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(POLICY.formatted("3", "2"))
                .put(policy).then().statusCode(200).body("policy.overdueEveryWorkingDays", equalTo(2));
    }
}
