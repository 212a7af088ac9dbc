package org.supervision.faults;

import java.time.Instant;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.supervision.local.PostgresServer;

/**
 * PostgreSQL restarted during traffic (fast shutdown: open transactions rolled back, every connection of
 * every service dropped), started again on the same port and data a moment later.
 */
@Order(4)
class PostgresRestartTest {

    @Test
    void aDatabaseRestartLosesAndDuplicatesNothing() throws Exception {
        Scenario.of("restart-postgres", "PostgreSQL restarted (fast shutdown, 3 s down) during traffic").run((traffic, findings) -> {
            PostgresServer postgres = FaultPlatform.get().platform.postgres();
            Progress.log("  stopping PostgreSQL");
            postgres.stop();
            Progress.sleep(3_000);
            postgres.startAgain();
            Progress.log("  PostgreSQL is back");
            return Instant.now();
        });
    }
}
