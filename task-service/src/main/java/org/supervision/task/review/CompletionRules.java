package org.supervision.task.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.supervision.platform.api.Problem;
import org.supervision.task.assignment.MeasureTarget;
import org.supervision.task.progress.ProgressReport;

/**
 * What a plan's completion policy demands of work before 销号, as a pure rule: evidence attached, and each
 * quantified target of the measure met by the figure last reported for its metric. A target the plan states
 * only in words (no metric, comparator or value) cannot be checked and is passed over; "~" (约, 左右) is met
 * within {@value #ABOUT_PERCENT}% of the value either way.
 */
public final class CompletionRules {

    /** How far from the value "about" may be, in percent of it. */
    static final int ABOUT_PERCENT = 5;

    private CompletionRules() {
    }

    /**
     * The rules the work does not meet, each as a violation naming its rule; empty when it may be completed.
     * {@code reports} are the assignment's progress reports, oldest first.
     */
    public static List<Problem.Violation> unmet(boolean requireEvidence, boolean requireTargetsMet, long evidenceFiles,
                                                List<MeasureTarget> targets, List<ProgressReport> reports) {
        List<Problem.Violation> out = new ArrayList<>();
        if (requireEvidence && evidenceFiles == 0) {
            out.add(new Problem.Violation("evidence", "evidence-required",
                    "the plan's completion policy requires evidence: attach at least one file"));
        }
        if (requireTargetsMet) {
            Map<String, ProgressReport.Figure> latest = latestFigures(reports);
            for (MeasureTarget target : targets) {
                if (target.metric() == null || target.comparator() == null || target.value() == null) {
                    continue;
                }
                ProgressReport.Figure figure = latest.get(key(target.metric()));
                if (figure == null) {
                    out.add(new Problem.Violation("targets", "targets-met",
                            "no figure reported for " + target.metric() + " (target: " + target.text() + ")"));
                } else if (target.unit() != null && figure.unit() != null && !target.unit().strip().equals(figure.unit().strip())) {
                    out.add(new Problem.Violation("targets", "targets-met", target.metric() + " was reported in "
                            + figure.unit() + ", the target is in " + target.unit() + " (target: " + target.text() + ")"));
                } else if (!meets(figure.value(), target.comparator(), target.value())) {
                    out.add(new Problem.Violation("targets", "targets-met", target.metric() + " reported "
                            + figure.value().stripTrailingZeros().toPlainString() + " does not meet " + target.comparator() + " "
                            + target.value().stripTrailingZeros().toPlainString() + " (target: " + target.text() + ")"));
                }
            }
        }
        return out;
    }

    static boolean meets(BigDecimal reported, String comparator, BigDecimal target) {
        return switch (comparator.strip()) {
            case ">=" -> reported.compareTo(target) >= 0;
            case "<=" -> reported.compareTo(target) <= 0;
            case "=" -> reported.compareTo(target) == 0;
            case "~" -> reported.subtract(target).abs().compareTo(target.abs().multiply(BigDecimal.valueOf(ABOUT_PERCENT))
                    .divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP)) <= 0;
            default -> false; // a comparator this version does not know cannot be shown met
        };
    }

    /** The figure last reported for each metric (a later report's figure replaces an earlier one's). */
    private static Map<String, ProgressReport.Figure> latestFigures(List<ProgressReport> reports) {
        Map<String, ProgressReport.Figure> latest = new LinkedHashMap<>();
        for (ProgressReport report : reports) {
            for (ProgressReport.Figure figure : report.figures) {
                if (figure.metric() != null && figure.value() != null) {
                    latest.put(key(figure.metric()), figure);
                }
            }
        }
        return latest;
    }

    private static String key(String metric) {
        return metric.strip();
    }
}
