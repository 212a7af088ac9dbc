package org.supervision.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One fault under traffic: traffic starts, runs a few seconds, the fault is injected and removed, the
 * traffic stops (its requests that are being sent again finish), one more plan is published, and then
 * every {@link Invariant} (and the scenario's own) must hold within {@link #BOUND} of the fault's end.
 * The time it took is the recovery time RELIABILITY.md reports.
 */
final class Scenario {

    /** Recovery bound: from the fault's end to every invariant holding. */
    static final Duration BOUND = Duration.ofSeconds(180);
    private static final long WARM_UP_MILLIS = 5_000;

    @FunctionalInterface
    interface Fault {
        /** Injects the fault while the traffic runs, removes it, and returns when it ended. */
        Instant inject(Traffic traffic, Findings findings) throws Exception;
    }

    private final String name;
    private final String fault;
    private List<String> gateways;
    private final List<Invariant> extra = new ArrayList<>();

    private Scenario(String name, String fault) {
        this.name = name;
        this.fault = fault;
    }

    static Scenario of(String name, String fault) {
        return new Scenario(name, fault);
    }

    Scenario through(List<String> gateways) {
        this.gateways = gateways;
        return this;
    }

    Scenario alsoChecking(Invariant invariant) {
        extra.add(invariant);
        return this;
    }

    void run(Fault inject) throws Exception {
        FaultPlatform platform = FaultPlatform.get();
        Progress.log("== %s: %s", name, fault);
        platform.tokens.renewAll();
        List<Invariant> invariants = new ArrayList<>(Invariant.all(platform));
        // only the common invariants carry over; a scenario's own must hold in full (before its fault they cannot)
        Map<String, List<String>> before = Recovery.violations(invariants);
        invariants.addAll(extra);
        Findings findings = new Findings();
        int carried = before.values().stream().mapToInt(List::size).sum();
        if (carried > 0) {
            findings.note(carried + " violations carried over from earlier scenarios, left aside");
        }
        Instant end;
        String traffic;
        try (Traffic running = Traffic.start(platform, name, gateways == null ? List.of(platform.gateway()) : gateways)) {
            Progress.sleep(WARM_UP_MILLIS);
            end = inject.inject(running, findings);
            Progress.log("  fault over; the traffic finishes what it is sending again");
            running.close();
            traffic = running.outcomes();
            Progress.log("  traffic: %s", traffic);
            // an outage is answered 502-504 (the gateway) or 503 with Retry-After (a service without its database), never 500
            findings.check(running.internalErrors() == 0, "no answer was a 500 (" + running.internalErrors() + " were)");
            findings.check(running.createPlan() != null, "a plan published after the fault is answered 201");
        }
        Recovery.Outcome outcome = Recovery.await(invariants, before, end, BOUND);
        Progress.log("  %s: invariants %s %d s after the fault ended", name, outcome.held() ? "held" : "did NOT hold",
                outcome.took().toSeconds());
        outcome.violations().forEach((invariant, lines) -> Progress.log("  violated: %s: %s", invariant, lines));
        Results.record(name, fault, outcome, findings, traffic);
        assertTrue(outcome.held() && findings.failures().isEmpty(), name + ": " + Results.failures(outcome.violations(),
                findings.failures()));
    }
}
