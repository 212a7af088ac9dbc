package org.supervision.plan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supervision.plan.plan.Measure;
import org.supervision.plan.plan.Plan;
import org.supervision.plan.plan.PlanWarning;
import org.supervision.plan.unit.UnitIndex;

/**
 * Measures that set no date fall due at the end of the plan's period: a 2023—2025 plan's 长期坚持
 * on 2025-12-31, not 2023-12-31; and the import says that it chose (DEFAULT_DEADLINE).
 */
class MultiYearDeadlineTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private static Plan imported(String text) {
        DocumentText.Read read = DocumentText.read(new SourceDocument(text.getBytes(StandardCharsets.UTF_8), null,
                "text/plain; charset=UTF-8"));
        ParsedPlan parsed = new PlanDocumentParser().parse(read.text());
        PlanPeriod period = PlanPeriod.find(parsed.header().title(), read.text()).orElse(null);
        return PlanDrafts.draft(parsed, period, new UnitIndex(List.of(), List.of()), null, read, "tester", NOW,
                NOW.toLocalDate());
    }

    private static Measure measure(Plan plan, String number) {
        return plan.measures.stream().filter(m -> m.number.equals(number)).findFirst().orElseThrow();
    }

    private static PlanWarning defaultDeadlineWarning(Plan plan) {
        return plan.warnings.stream().filter(w -> w.code().equals(PlanDrafts.DEFAULT_DEADLINE)).findFirst()
                .orElseThrow(() -> new AssertionError("no DEFAULT_DEADLINE warning in " + plan.warnings));
    }

    @Test
    void aThreeYearPlansOngoingMeasuresFallDueAtTheEndOfItsPeriod() {
        Plan plan = imported("""
                某市优化营商环境三年行动方案（2023—2025年）
                一、重点任务
                1. 持续优化审批服务。推行容缺受理。
                责任单位：市行政审批局
                完成时限：长期坚持
                2. 推进企业开办便利化。
                责任单位：市市场监管局
                完成时限：持续推进
                3. 建成政务服务平台。
                责任单位：市大数据局
                完成时限：2023年12月底前
                """);
        assertEquals(2023, plan.year);
        assertEquals(LocalDate.of(2025, 12, 31), plan.effectiveDefaultDeadline());
        assertNull(measure(plan, "1").deadline);
        assertEquals("长期坚持", measure(plan, "1").deadlineText);
        assertNull(measure(plan, "2").deadline);
        assertEquals(LocalDate.of(2023, 12, 31), measure(plan, "3").deadline, "a date the plan sets stays");
        PlanWarning w = defaultDeadlineWarning(plan);
        assertTrue(w.message().startsWith("2 measure(s) set no date (1, 2)"), w.message());
        assertTrue(w.message().contains("2025-12-31") && w.message().contains("2023—2025年"), w.message());
    }

    @Test
    void aOneYearPlanKeepsTheEndOfItsYearAndStillSaysSo() {
        Plan plan = imported("""
                某市2024年优化营商环境工作要点
                为落实“十四五”规划和2023—2025年三年行动方案，制定本要点。
                一、重点任务
                1. 持续优化审批服务。
                责任单位：市行政审批局
                完成时限：长期坚持
                """);
        assertEquals(LocalDate.of(2024, 12, 31), plan.effectiveDefaultDeadline());
        assertNull(plan.defaultDeadline, "nothing chosen beyond the plan's year");
        assertTrue(defaultDeadlineWarning(plan).message().contains("the end of the plan's year 2024"));
    }

    @Test
    void aPlanWhoseMeasuresAllSetADateHasNoWarning() {
        Plan plan = imported("""
                某市优化营商环境三年行动方案（2023-2025年）
                一、重点任务
                1. 建成政务服务平台。
                责任单位：市大数据局
                完成时限：2024年6月底前
                """);
        assertTrue(plan.warnings.stream().noneMatch(w -> w.code().equals(PlanDrafts.DEFAULT_DEADLINE)), plan.warnings.toString());
        assertEquals(LocalDate.of(2025, 12, 31), plan.effectiveDefaultDeadline());
    }

    @Test
    void theMaomingSamplePlanFallsDueAtTheEndOf2025() throws Exception {
        Plan plan = imported(SamplePlanScoreTest.resource("maoming-2023-2025-action-plan.txt"));
        assertEquals(2023, plan.year);
        assertEquals(LocalDate.of(2025, 12, 31), plan.effectiveDefaultDeadline());
        long undated = plan.measures.stream().filter(m -> m.deadline == null).count();
        assertTrue(undated > 0);
        assertTrue(defaultDeadlineWarning(plan).message().startsWith(undated + " measure(s) set no date"));
    }

    @Test
    void theQinzhouSamplePlanOfOneYearFallsDueAtTheEndOf2024() throws Exception {
        Plan plan = imported(SamplePlanScoreTest.resource("qinzhou-2024-implementation-plan.txt"));
        assertEquals(LocalDate.of(2024, 12, 31), plan.effectiveDefaultDeadline());
    }

    @Test
    void aDocumentWithoutAYearSaysItsDefaultCameFromTheImportDate() {
        Plan plan = imported("""
                某市优化营商环境工作方案
                一、重点任务
                1. 持续优化审批服务。
                责任单位：市行政审批局
                """);
        assertEquals(LocalDate.of(2026, 12, 31), plan.effectiveDefaultDeadline());
        assertTrue(defaultDeadlineWarning(plan).message().contains("the year it was imported"),
                defaultDeadlineWarning(plan).message());
    }
}
