package org.supervision.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Waits for every invariant to hold at once after a fault, and measures how long that took from the
 * moment the fault ended (the server back and answering, the poison sent, …).
 *
 * <p>The scenarios share one platform, so what an earlier scenario broke for good (two plans for one
 * request, a plan lost) is still there: such lines, found before the scenario began, are left aside and
 * counted as carried over; the scenario answers only for what it broke itself.
 */
final class Recovery {

    record Outcome(boolean held, Duration took, Map<String, List<String>> violations) {
    }

    private Recovery() {
    }

    /** What is wrong now, per invariant (a line "cannot check yet" when the check itself failed). */
    static Map<String, List<String>> violations(List<Invariant> invariants) {
        Map<String, List<String>> violations = new LinkedHashMap<>();
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
        return violations;
    }

    static Outcome await(List<Invariant> invariants, Map<String, List<String>> before, Instant faultEnd, Duration bound) {
        Instant deadline = faultEnd.plus(bound);
        int round = 0;
        while (true) {
            Map<String, List<String>> violations = new LinkedHashMap<>();
            violations(invariants).forEach((invariant, lines) -> {
                Set<String> known = Set.copyOf(before.getOrDefault(invariant, List.of()));
                List<String> fresh = new ArrayList<>(lines.stream().filter(line -> !known.contains(line)).toList());
                if (!fresh.isEmpty()) {
                    violations.put(invariant, Invariant.firstOf(fresh));
                }
            });
            Instant now = Instant.now();
            if (violations.isEmpty()) {
                return new Outcome(true, Duration.between(faultEnd, now), Map.of());
            }
            if (now.isAfter(deadline)) {
                return new Outcome(false, Duration.between(faultEnd, now), Map.copyOf(violations));
            }
            if (++round % 10 == 1) {
                Progress.log("  not yet (%d s after the fault): %s", Duration.between(faultEnd, now).toSeconds(),
                        violations.values().stream().map(lines -> lines.get(0)).toList());
            }
            Progress.sleep(2000);
        }
    }
}
