package org.supervision.faults;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.supervision.local.SuiteService;

/**
 * Two replicas of each service: a second plan-, task- and notification-service on other ports with the
 * same databases and Kafka (so the same consumer groups, outbox relays, warning sweep and reminder
 * dispatcher), and a second gateway that routes to the second replicas. The traffic alternates between
 * the gateways for 40 s; then the invariants are checked with both replicas still running.
 */
@Order(8)
class TwoReplicasTest {

    private static final Map<String, String> GATEWAY_KEY = Map.of(
            "plan-service", "plan", "task-service", "task", "notification-service", "notification");

    @Test
    void twoReplicasOfEachServiceDoNothingTwice() throws Exception {
        FaultPlatform platform = FaultPlatform.get();
        List<SuiteService> replicas = new ArrayList<>();
        try {
            Progress.log("== two-replicas: starting a second instance of each service");
            List<CompletableFuture<SuiteService>> starts = FaultPlatform.SERVICES.stream()
                    .map(name -> CompletableFuture.supplyAsync(() -> platform.service(name).startReplica("2", Map.of())))
                    .toList();
            Map<String, String> routes = new LinkedHashMap<>();
            for (CompletableFuture<SuiteService> start : starts) {
                SuiteService replica = start.join();
                replicas.add(replica);
                String key = GATEWAY_KEY.get(replica.name().replace("-2", ""));
                routes.put("gateway.services." + key + ".url", replica.url());
                routes.put("gateway.services." + key + ".management-url", replica.managementUrl());
            }
            SuiteService secondGateway = platform.service("gateway").startReplica("2", routes);
            replicas.add(secondGateway);
            Scenario.of("two-replicas", "a second replica of every service and of the gateway, traffic through both for 40 s")
                    .through(List.of(platform.gateway(), secondGateway.url()))
                    .run((traffic, findings) -> {
                        Progress.sleep(40_000);
                        return Instant.now();
                    });
        } finally {
            replicas.forEach(SuiteService::close);
        }
    }
}
