package org.supervision.faults;

import java.time.Instant;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supervision.local.SuiteService;

/**
 * kill -9 of one service during traffic (its open transactions die with it, its Kafka consumers leave
 * without a word), started again 5 s later on the same ports.
 */
@Order(1)
class ServiceKilledTest {

    @ParameterizedTest(name = "kill -9 of {0}")
    @ValueSource(strings = {"plan-service", "task-service", "notification-service"})
    void aServiceKilledDuringTrafficLosesAndDuplicatesNothing(String name) throws Exception {
        Scenario.of("kill-" + name, "kill -9 of " + name + " during traffic, started again 5 s later").run((traffic, findings) -> {
            SuiteService service = FaultPlatform.get().service(name);
            Progress.log("  kill -9 of %s (pid %d)", name, service.pid());
            service.kill();
            Progress.sleep(5_000);
            service.startAgain();
            Progress.log("  %s is back", name);
            return Instant.now();
        });
    }
}
