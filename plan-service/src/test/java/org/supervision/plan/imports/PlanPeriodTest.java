package org.supervision.plan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The years a plan covers, from its title, else from the head of its body. */
class PlanPeriodTest {

    private static PlanPeriod period(String title, String text) {
        return PlanPeriod.find(title, text).orElseThrow(() -> new AssertionError("no period in " + title));
    }

    @Test
    void aYearRangeInTheTitleInAnyOfItsSpellings() {
        for (String title : new String[] {"某市优化营商环境三年行动方案（2023—2025年）", "某市优化营商环境三年行动方案(2023-2025年)",
                "某市行动方案（2023——2025年）", "某市2023年至2025年行动计划", "某市行动方案(2023~2025年)", "某市行动方案（2023－2025年）"}) {
            PlanPeriod p = period(title, "");
            assertEquals(2023, p.firstYear(), title);
            assertEquals(2025, p.lastYear(), title);
            assertEquals("title", p.source());
        }
    }

    @Test
    void theFiveYearPlanNamedInTheTitle() {
        PlanPeriod p = period("某市“十四五”营商环境建设规划", "");
        assertEquals(2021, p.firstYear());
        assertEquals(2025, p.lastYear());
        assertEquals(2030, period("某市十五五时期数字政府建设方案", "").lastYear());
    }

    @Test
    void aTitleWithOneYearIsAOneYearPlanWhateverItsBodySays() {
        assertEquals(Optional.empty(), PlanPeriod.find("某市2024年优化营商环境工作要点",
                "为贯彻“十四五”规划，落实2023—2025年行动方案，到2025年……"));
    }

    @Test
    void aTitleWithoutAYearLetsTheHeadOfTheBodySpeak() {
        PlanPeriod p = period("某市优化营商环境行动方案", "为落实“十四五”时期营商环境建设要求，制定本方案。\n一、主要任务");
        assertEquals(2021, p.firstYear());
        assertEquals(2025, p.lastYear());
        assertEquals("text", p.source());
        assertEquals(2026, period(null, "某县行动方案（2024-2026年）\n一、任务").lastYear());
    }

    @Test
    void aTargetYearOrAPeriodFarIntoTheBodySetsNoPeriod() {
        assertEquals(Optional.empty(), PlanPeriod.find("某市优化营商环境行动方案", "到2025年，营商环境明显改善。"));
        assertEquals(Optional.empty(), PlanPeriod.find("某市行动方案", "前言。".repeat(600) + "（2023—2025年）"));
    }

    @Test
    void aVisionOrABackwardRangeIsNoPlanPeriod() {
        assertEquals(Optional.empty(), PlanPeriod.find("某市2021—2035年远景规划纲要", ""));
        assertEquals(Optional.empty(), PlanPeriod.find("某市行动方案（2025-2023年）", ""));
    }

    @Test
    void theMaomingSamplePlanRunsFrom2023To2025() throws Exception {
        String text = SamplePlanScoreTest.resource("maoming-2023-2025-action-plan.txt");
        ParsedPlan parsed = new PlanDocumentParser().parse(text);
        PlanPeriod p = period(parsed.header().title(), text);
        assertEquals(2023, p.firstYear());
        assertEquals(2025, p.lastYear());
        assertTrue(p.text().contains("2023"));
    }
}
