package org.supervision.faults;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Modest real traffic through the gateway(s) with real Keycloak tokens, as the suite's users make it:
 * the supervisor publishes a plan every second or two (one measure already late, so its overdue and
 * escalation reminders are due at once; one due today), and the three units' officers accept their new
 * assignments and report progress on accepted ones.
 *
 * <p>Like a careful client it sends a plan again after an error or no answer (5xx, a refused or dropped
 * connection), with the same Idempotency-Key, for up to two minutes; it never sends an accept or a report
 * again (If-Match makes a repeat a 412 anyway). {@link Ledger} keeps what was asked and what was answered.
 */
final class Traffic implements AutoCloseable {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration GIVE_UP = Duration.ofSeconds(120);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final FaultPlatform platform;
    private final String scenario;
    private final List<String> gateways;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentSkipListMap<>();
    private final List<Thread> threads = new ArrayList<>();

    private Traffic(FaultPlatform platform, String scenario, List<String> gateways) {
        this.platform = platform;
        this.scenario = scenario;
        this.gateways = List.copyOf(gateways);
    }

    static Traffic start(FaultPlatform platform, String scenario) {
        return start(platform, scenario, List.of(platform.gateway()));
    }

    static Traffic start(FaultPlatform platform, String scenario, List<String> gateways) {
        Traffic traffic = new Traffic(platform, scenario, gateways);
        traffic.thread("planner", () -> {
            traffic.createPlan();
            Progress.sleep(1500);
        });
        for (String officer : Tokens.OFFICERS) {
            traffic.thread(officer, () -> {
                traffic.work(officer);
                Progress.sleep(800);
            });
        }
        return traffic;
    }

    private void thread(String name, Runnable round) {
        Thread thread = new Thread(() -> {
            while (running.get()) {
                try {
                    round.run();
                } catch (RuntimeException e) {
                    count("error " + e.getClass().getSimpleName());
                    Progress.sleep(1000);
                }
            }
        }, "traffic-" + name);
        thread.setDaemon(true);
        thread.start();
        threads.add(thread);
    }

    private String gateway() {
        return gateways.get(Math.floorMod(next.getAndIncrement(), gateways.size()));
    }

    /**
     * Publishes one plan and returns its id, or null when it was refused or no answer came within two
     * minutes of sending it again.
     */
    String createPlan() {
        String key = scenario + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(CHINA);
        String body = """
                {"title": "故障演练 %1$s", "year": %2$d,
                 "measures": [
                   {"number": "1", "title": "逾期事项 %1$s", "leadUnits": ["市发展改革委"], "cooperatingUnits": ["市市场监管局"],
                    "deadline": "%3$s"},
                   {"number": "2", "title": "当日到期事项 %1$s", "leadUnits": ["市行政审批局"], "deadline": "%4$s"}]}"""
                .formatted(key, today.getYear(), today.minusDays(20), today);
        platform.ledger.asked(key);
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < giveUp) {
            try {
                Api.Answer answer = Api.send(gateway(), platform.tokens.of(Tokens.SUPERVISOR), "POST", "/api/v1/plans", body,
                        Map.of("Idempotency-Key", key));
                count("POST /plans " + answer.status());
                if (answer.status() == 201) {
                    platform.ledger.created(key);
                    return answer.json().path("plan").path("id").asText();
                }
                if (answer.status() == 429) {
                    Progress.sleep(300);
                    continue;
                }
                if (answer.status() < 500) {
                    platform.ledger.refused(key);
                    Progress.log("plan %s refused: %s", key, answer);
                    return null;
                }
            } catch (IOException e) {
                count("POST /plans no answer");
            }
            Progress.sleep(1000);
        }
        Progress.log("plan %s: no answer within %s; it may or may not exist", key, GIVE_UP);
        return null;
    }

    /** Several plans sent at once, for faults that must meet requests in flight. */
    List<CompletableFuture<String>> burstOfPlans(int count) {
        List<CompletableFuture<String>> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            plans.add(CompletableFuture.supplyAsync(this::createPlan));
        }
        return plans;
    }

    /** An officer accepts up to two new assignments and reports on up to two accepted ones. */
    private void work(String officer) {
        try {
            String token = platform.tokens.of(officer);
            String gateway = gateway();
            for (JsonNode assignment : list(gateway, token, "ISSUED")) {
                act(gateway, token, assignment.path("id").asText(), "accept", "{\"personInCharge\": \"演练值班员\"}");
            }
            for (JsonNode assignment : list(gateway, token, "ACCEPTED")) {
                act(gateway, token, assignment.path("id").asText(), "reports", "{\"percent\": 40, \"narrative\": \"演练进展报送\"}");
            }
        } catch (IOException e) {
            count("officer no answer");
        }
    }

    private List<JsonNode> list(String gateway, String token, String state) throws IOException {
        Api.Answer answer = Api.get(gateway, token, "/api/v1/assignments?state=" + state + "&size=2");
        count("GET /assignments " + answer.status());
        List<JsonNode> found = new ArrayList<>();
        if (answer.status() == 200) {
            answer.json().forEach(found::add);
        }
        return found;
    }

    private void act(String gateway, String token, String assignment, String action, String body) throws IOException {
        Api.Answer read = Api.get(gateway, token, "/api/v1/assignments/" + assignment);
        if (read.status() != 200) {
            count("GET /assignments/{id} " + read.status());
            return;
        }
        Api.Answer answer = Api.send(gateway, token, "POST", "/api/v1/assignments/" + assignment + "/" + action, body,
                Map.of("If-Match", read.header("ETag"), "Idempotency-Key", UUID.randomUUID().toString()));
        count("POST " + action + " " + answer.status());
    }

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Stops sending new requests and waits for the ones being sent again to end. */
    @Override
    public void close() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(GIVE_UP.plusSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What the traffic saw, e.g. {@code POST /plans 201 ×12, POST /plans 502 ×3}. */
    String outcomes() {
        return outcomes.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Answers 500 (an error the service did not handle), as opposed to 502–504 from the gateway for a service away. */
    int internalErrors() {
        return outcomes.entrySet().stream().filter(e -> e.getKey().endsWith(" 500")).mapToInt(e -> e.getValue().get()).sum();
    }
}
