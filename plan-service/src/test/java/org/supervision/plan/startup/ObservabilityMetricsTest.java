package org.supervision.plan.startup;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The operators' metrics (README "Observability") are on the management port, with sensible values. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class ObservabilityMetricsTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void theOutboxBacklogItsOldestAgeAndParkedEventsAreMeasured() throws Exception {
        // the relay sweeps every few seconds and measures the outbox each time; then it has sent what waited
        long deadline = System.nanoTime() + 20_000_000_000L;
        String text;
        do {
            Thread.sleep(500);
            text = given().when().get(metrics).then().statusCode(200).extract().asString();
        } while (sample(text, "supervision_outbox_backlog_events") > 0 && System.nanoTime() < deadline);
        assertEquals(0, sample(text, "supervision_outbox_backlog_events"), "the relay empties the outbox");
        assertEquals(0, sample(text, "supervision_outbox_oldest_age_seconds"), "an empty outbox has no age");
        assertEquals(0, sample(text, "supervision_outbox_parked_events"));
    }

    /** The value of the first sample (an exemplar after it, "# {trace_id=…}", aside) of {@code series} (a name with its labels' start), failing when there is none. */
    static double sample(String text, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + "(\\{[^}]*\\})? ([-0-9.Ee+]+|NaN)( #.*)?$").matcher(text);
        assertTrue(line.find(), () -> series + " is not on /q/metrics: "
                + text.lines().filter(l -> l.startsWith("supervision_")).toList());
        return Double.parseDouble(line.group(2));
    }

    static double labelled(String text, String name, String label) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(label) + "[^}]*\\} ([-0-9.Ee+]+)( #.*)?$")
                .matcher(text);
        assertTrue(line.find(), () -> name + " with " + label + " is not on /q/metrics: "
                + text.lines().filter(l -> l.startsWith("supervision_")).toList());
        return Double.parseDouble(line.group(1));
    }
}
