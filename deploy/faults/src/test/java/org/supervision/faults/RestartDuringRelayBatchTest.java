package org.supervision.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.StringJoiner;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.supervision.local.SuiteService;

/**
 * task-service restarted (SIGTERM, as a rolling deployment does) while its outbox relay is sending a
 * batch: a plan of 150 measures naming three units each makes 450 assignment.issued events, issued
 * measure by measure; the service is stopped when about a third of them are issued. Whatever was sent and not yet
 * marked is sent again with the same ids after the start, and consumers recognise them.
 */
@Order(3)
class RestartDuringRelayBatchTest {

    private static final int HALF_ISSUED = 150;

    @Test
    void aRestartDuringARelayBatchLosesAndDuplicatesNothing() throws Exception {
        Scenario.of("restart-during-relay", "task-service stopped (SIGTERM) while it issues and relays a plan of 450 assignments, started again")
                .run((traffic, findings) -> {
                    FaultPlatform platform = FaultPlatform.get();
                    SuiteService task = platform.service("task-service");
                    String key = "relay-batch-" + java.util.UUID.randomUUID().toString().substring(0, 8);
                    platform.ledger.asked(key);
                    Api.Answer plan = Api.send(platform.gateway(), platform.tokens.of(Tokens.SUPERVISOR), "POST", "/api/v1/plans",
                            largePlan(key), Map.of("Idempotency-Key", key));
                    findings.check(plan.status() == 201, "the plan of 150 measures is answered 201 (" + plan.status() + ")");
                    if (plan.status() == 201) {
                        platform.ledger.created(key);
                    }
                    // Since a plan is published as one event per measure, task-service issues it measure by
                    // measure (three assignments and three events at a time), so its outbox never holds the whole
                    // plan: the stop comes while the plan is half issued, with events being relayed.
                    String issuedSql = "select count(*) from assignment where plan_title = '故障演练 " + key + "'";
                    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                    long issued = 0;
                    long waiting = 0;
                    while (issued < HALF_ISSUED && System.nanoTime() < deadline) {
                        issued = platform.databases.count(Databases.TASK, issuedSql);
                        waiting = platform.databases.count(Databases.TASK, "select count(*) from outbox_event");
                    }
                    Progress.log("  stopping task-service with %d of 450 assignments issued, %d events in its outbox", issued, waiting);
                    task.stop();
                    long issuedAtStop = platform.databases.count(Databases.TASK, issuedSql);
                    findings.check(issued >= HALF_ISSUED && issuedAtStop < 450,
                            "the stop came while task-service was issuing the plan (" + issuedAtStop + " of 450 issued at the stop)");
                    long left = platform.databases.count(Databases.TASK, "select count(*) from outbox_event");
                    findings.note(issuedAtStop + " of 450 assignments issued and " + waiting + " events in the outbox at the stop, "
                            + left + " still there after it");
                    task.startAgain();
                    Progress.log("  task-service is back");
                    return Instant.now();
                });
    }

    private static String largePlan(String key) {
        LocalDate deadline = LocalDate.now(Traffic.CHINA).plusMonths(3);
        StringJoiner measures = new StringJoiner(",\n");
        for (int i = 1; i <= 150; i++) {
            measures.add("""
                    {"number": "%d", "title": "大批量措施 %d", "leadUnits": ["市发展改革委"],
                     "cooperatingUnits": ["市市场监管局", "市行政审批局"], "deadline": "%s"}""".formatted(i, i, deadline));
        }
        return """
                {"title": "故障演练 %s", "year": %d, "measures": [%s]}""".formatted(key, deadline.getYear(), measures);
    }
}
