package org.supervision.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row per scenario in target/fault-results.md (the rows RELIABILITY.md is made from), written as
 * each scenario ends, so a run stopped half-way still tells what it saw.
 */
final class Results {

    private static final Path FILE = Path.of("target", "fault-results.md").toAbsolutePath();
    private static boolean headed;

    private Results() {
    }

    static synchronized void record(String scenario, String fault, Recovery.Outcome outcome, Findings findings,
                                    String traffic) {
        StringBuilder row = new StringBuilder();
        if (!headed) {
            headed = true;
            row.append("\n## Fault suite run of ").append(LocalDate.now()).append(", ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores\n\n")
                    .append("| scenario | fault | result | recovery | what failed | notes | traffic |\n|---|---|---|---|---|---|---|\n");
        }
        boolean passed = outcome.held() && findings.failures().isEmpty();
        row.append("| ").append(scenario).append(" | ").append(fault).append(" | ").append(passed ? "pass" : "FAIL")
                .append(" | ").append(outcome.took().toSeconds()).append(" s").append(outcome.held() ? "" : " (bound passed)")
                .append(" | ").append(cell(failures(outcome.violations(), findings.failures())))
                .append(" | ").append(cell(String.join("; ", findings.notes())))
                .append(" | ").append(cell(traffic)).append(" |\n");
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, row, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String failures(Map<String, List<String>> violations, List<String> failures) {
        StringBuilder out = new StringBuilder();
        violations.forEach((invariant, lines) -> out.append(invariant).append(": ")
                .append(String.join("; ", lines.subList(0, Math.min(3, lines.size())))).append(". "));
        failures.forEach(f -> out.append(f).append(". "));
        return out.toString().strip();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
