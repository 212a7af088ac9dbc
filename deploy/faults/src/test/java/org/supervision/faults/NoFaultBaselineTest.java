package org.supervision.faults;

import java.time.Instant;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The traffic alone: the invariants hold without a fault, and the time they take is the baseline of every recovery. */
@Order(0)
class NoFaultBaselineTest {

    @Test
    void theInvariantsHoldUnderTrafficWithoutAFault() throws Exception {
        Scenario.of("baseline", "none: 15 s of traffic").run((traffic, findings) -> {
            Progress.sleep(15_000);
            return Instant.now();
        });
    }
}
