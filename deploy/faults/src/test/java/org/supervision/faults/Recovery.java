package org.supervision.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Waits for every invariant to hold at once after a fault, and measures how long that took from the
 * moment the fault ended (the server back and answering, the poison sent, …).
 */
final class Recovery {

    record Outcome(boolean held, Duration took, Map<String, List<String>> violations) {
    }

    private Recovery() {
    }

    static Outcome await(List<Invariant> invariants, Instant faultEnd, Duration bound) {
        Instant deadline = faultEnd.plus(bound);
        Map<String, List<String>> violations = new LinkedHashMap<>();
        int round = 0;
        while (true) {
            violations.clear();
            for (Invariant invariant : invariants) {
                try {
                    List<String> wrong = invariant.violations();
                    if (!wrong.isEmpty()) {
                        violations.put(invariant.name(), wrong);
                    }
                } catch (Exception e) {
                    violations.put(invariant.name(), List.of("cannot check yet: " + e));
                }
            }
            Instant now = Instant.now();
            if (violations.isEmpty()) {
                return new Outcome(true, Duration.between(faultEnd, now), Map.of());
            }
            if (now.isAfter(deadline)) {
                return new Outcome(false, Duration.between(faultEnd, now), Map.copyOf(violations));
            }
            if (++round % 10 == 1) {
                Progress.log("  not yet (%d s after the fault): %s", Duration.between(faultEnd, now).toSeconds(),
                        violations.entrySet().stream().map(e -> e.getValue().get(0)).toList());
            }
            Progress.sleep(2000);
        }
    }
}
