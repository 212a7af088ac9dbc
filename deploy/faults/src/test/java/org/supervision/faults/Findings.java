package org.supervision.faults;

import java.util.ArrayList;
import java.util.List;

/** What a scenario saw during its fault besides the invariants: checks that must hold, and notes for RELIABILITY.md. */
final class Findings {

    private final List<String> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void check(boolean held, String what) {
        Progress.log("  %s: %s", held ? "ok" : "FAILED", what);
        if (!held) {
            failures.add(what);
        }
    }

    synchronized void note(String what) {
        Progress.log("  note: %s", what);
        notes.add(what);
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    synchronized List<String> notes() {
        return List.copyOf(notes);
    }
}
