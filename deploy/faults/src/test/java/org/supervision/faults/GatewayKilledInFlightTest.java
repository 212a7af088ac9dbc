package org.supervision.faults;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.supervision.local.SuiteService;

/**
 * The gateway killed (kill -9) while requests are in flight: six plans are sent at once and the gateway
 * dies under them. The clients see their connections drop and send again with the same
 * Idempotency-Key; each request must make one plan, not two.
 */
@Order(2)
class GatewayKilledInFlightTest {

    @Test
    void requestsInFlightWhenTheGatewayDiesAreNeitherLostNorDoubled() throws Exception {
        Scenario.of("kill-gateway", "kill -9 of the gateway with 6 plan requests in flight, started again 3 s later")
                .run((traffic, findings) -> {
                    SuiteService gateway = FaultPlatform.get().service("gateway");
                    List<CompletableFuture<String>> inFlight = traffic.burstOfPlans(6);
                    Progress.sleep(150);
                    Progress.log("  kill -9 of the gateway (pid %d) under %d plan requests", gateway.pid(), inFlight.size());
                    gateway.kill();
                    Progress.sleep(3_000);
                    gateway.startAgain();
                    Instant back = Instant.now();
                    Progress.log("  the gateway is back");
                    long created = inFlight.stream().map(CompletableFuture::join).filter(id -> id != null).count();
                    findings.check(created == inFlight.size(), created + " of the " + inFlight.size()
                            + " plans in flight were answered 201 once sent again");
                    return back;
                });
    }
}
