package org.supervision.notification.reminder;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.await;
import static org.supervision.notification.testing.TaskEventFixtures.changed;
import static org.supervision.notification.testing.TaskEventFixtures.issued;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.notification.calendar.WorkingDays;
import org.supervision.notification.delivery.Dispatcher;
import org.supervision.notification.testing.TestClock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Overdue work is chased until it is done: past the plan's five overdue reminders, one every
 * supervision.reminders.overdue.then-every-working-days (5) working days, one pending at a time, until the work
 * is completed (or cancelled).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class OverdueChaseTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject TestClock clock;
    @Inject Dispatcher dispatcher;
    @Inject OverdueChase chase;
    @Inject WorkingDays workingDays;

    @Test
    void overdueWorkIsChasedPastTheFifthReminderUntilItIsCompleted() {
        clock.set(Instant.parse("2024-08-30T01:00:00Z"));
        String unit = "QZ-CHASE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID plan = UUID.randomUUID();
        UUID assignment = UUID.randomUUID();
        LocalDate deadline = LocalDate.of(2024, 9, 2);
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), issued(UUID.randomUUID().toString(), assignment, plan, unit, deadline));
        await("the schedule", Duration.ofSeconds(20), () -> overdue(assignment, "PENDING").size() == 5);
        chase.run();
        assertEquals(5, overdue(assignment, "PENDING").size(), "nothing to chase while the plan's reminders are pending");

        List<LocalDate> sent = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            List<Instant> pending = overdue(assignment, "PENDING");
            assertFalse(pending.isEmpty(), "overdue reminder " + n + " is pending");
            Instant due = pending.get(0);
            clock.set(due);
            while (dispatcher.dispatchDue(due, 100) > 0) {
                // everything due by then, this reminder included
            }
            sent.add(LocalDate.ofInstant(due, CHINA));
            chase.run();
            chase.run(); // a second run (another replica) adds nothing
            assertEquals(n < 5 ? 5 - n : 1, overdue(assignment, "PENDING").size(), "pending after reminder " + n);
        }
        assertEquals(8, overdue(assignment, "SENT").size());
        // the plan's cadence (every 2 working days) for the first five, then every 5 working days
        assertEquals(workingDays.plus(deadline, 9), sent.get(4));
        for (int n = 5; n < 8; n++) {
            assertEquals(workingDays.plus(sent.get(n - 1), 5), sent.get(n), "chase " + (n + 1));
        }

        String completed = UUID.randomUUID().toString();
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(), changed(completed, assignment, plan, unit, "COMPLETE",
                "COMPLETION_REQUESTED", "COMPLETED", deadline, null, null, null));
        await("the pending chase cancelled", Duration.ofSeconds(20), () -> overdue(assignment, "PENDING").isEmpty());
        clock.set(clock.instant().plus(Duration.ofDays(30)));
        chase.run();
        assertEquals(List.of(), overdue(assignment, "PENDING"), "completed work is not chased");
        assertEquals(1, overdue(assignment, "CANCELLED").size());
    }

    /** The due times of the assignment's OVERDUE reminders in this status, earliest first. */
    private static List<Instant> overdue(UUID assignment, String status) {
        List<Map<String, Object>> reminders = given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", assignment)
                .get("/api/v1/reminders").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'OVERDUE' && it.status == '%s' }".formatted(status));
        return reminders.stream().map(r -> OffsetDateTime.parse((String) r.get("dueAt")).toInstant()).sorted().toList();
    }
}
