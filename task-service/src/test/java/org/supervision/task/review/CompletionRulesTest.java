package org.supervision.task.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supervision.platform.api.Problem;
import org.supervision.task.assignment.MeasureTarget;
import org.supervision.task.progress.ProgressReport;

/** The completion policy's rules, without a server: evidence, targets met by the last reported figures. */
class CompletionRulesTest {

    private static final MeasureTarget AT_MOST_ONE_DAY = new MeasureTarget("企业开办时间压缩至1个工作日以内", "企业开办时间", "<=",
            BigDecimal.ONE, "个工作日");
    private static final MeasureTarget AT_LEAST_90 = new MeasureTarget("高频事项全程网办率达到90%以上", "全程网办率", ">=",
            new BigDecimal("90"), "%");
    private static final MeasureTarget IN_WORDS = new MeasureTarget("群众满意度明显提升", null, null, null, null);

    @Test
    void nothingIsRequiredWhenThePolicyAsksNothing() {
        assertTrue(CompletionRules.unmet(false, false, 0, List.of(AT_MOST_ONE_DAY), List.of()).isEmpty());
    }

    @Test
    void evidenceIsRequiredWhenThePolicySaysSo() {
        List<Problem.Violation> unmet = CompletionRules.unmet(true, false, 0, List.of(), List.of());
        assertEquals(List.of("evidence-required"), unmet.stream().map(Problem.Violation::rule).toList());
        assertTrue(CompletionRules.unmet(true, false, 1, List.of(), List.of()).isEmpty());
    }

    @Test
    void eachQuantifiedTargetNeedsAFigureThatMeetsIt() {
        List<Problem.Violation> unmet = CompletionRules.unmet(false, true, 0, List.of(AT_MOST_ONE_DAY, AT_LEAST_90, IN_WORDS),
                List.of(report(figure("企业开办时间", "0.5", "个工作日"))));
        assertEquals(1, unmet.size(), unmet.toString());
        assertEquals("targets-met", unmet.get(0).rule());
        assertTrue(unmet.get(0).message().contains("no figure reported for 全程网办率"), unmet.get(0).message());
    }

    @Test
    void theLastReportedFigureCountsNotAnEarlierOne() {
        List<ProgressReport> reports = List.of(report(figure("全程网办率", "95", "%")), report(figure("全程网办率", "85", "%")));
        List<Problem.Violation> unmet = CompletionRules.unmet(false, true, 0, List.of(AT_LEAST_90), reports);
        assertEquals(1, unmet.size());
        assertTrue(unmet.get(0).message().contains("reported 85 does not meet >= 90"), unmet.get(0).message());
        assertTrue(CompletionRules.unmet(false, true, 0, List.of(AT_LEAST_90),
                List.of(report(figure("全程网办率", "85", "%")), report(figure("全程网办率", "90", "%")))).isEmpty());
    }

    @Test
    void aFigureInAnotherUnitDoesNotMeetTheTarget() {
        List<Problem.Violation> unmet = CompletionRules.unmet(false, true, 0, List.of(AT_MOST_ONE_DAY),
                List.of(report(figure("企业开办时间", "4", "小时"))));
        assertEquals(1, unmet.size());
        assertTrue(unmet.get(0).message().contains("reported in 小时"), unmet.get(0).message());
    }

    @Test
    void comparatorsMeanWhatThePlansSay() {
        assertTrue(CompletionRules.meets(new BigDecimal("1.0"), "=", BigDecimal.ONE));
        assertFalse(CompletionRules.meets(new BigDecimal("1.1"), "=", BigDecimal.ONE));
        assertTrue(CompletionRules.meets(new BigDecimal("104"), "~", new BigDecimal("100")), "约100: within 5%");
        assertTrue(CompletionRules.meets(new BigDecimal("95"), "~", new BigDecimal("100")));
        assertFalse(CompletionRules.meets(new BigDecimal("94.9"), "~", new BigDecimal("100")));
        assertFalse(CompletionRules.meets(new BigDecimal("100"), "?", new BigDecimal("100")), "an unknown comparator is never met");
    }

    @Test
    void bothRulesAreNamedWhenBothFail() {
        List<Problem.Violation> unmet = CompletionRules.unmet(true, true, 0, List.of(AT_LEAST_90), List.of());
        assertEquals(List.of("evidence-required", "targets-met"), unmet.stream().map(Problem.Violation::rule).toList());
    }

    private static ProgressReport.Figure figure(String metric, String value, String unit) {
        return new ProgressReport.Figure(metric, new BigDecimal(value), unit);
    }

    private static ProgressReport report(ProgressReport.Figure... figures) {
        ProgressReport r = new ProgressReport();
        r.figures = List.of(figures);
        r.reportedAt = OffsetDateTime.now();
        return r;
    }
}
