package org.supervision.plan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DeadlineParserTest {

    private static LocalDate field(String text, Integer year) {
        return DeadlineParser.parseField(text, year).orElseThrow().date();
    }

    @Test
    void monthEndBeforeMeansTheLastDayOfThatMonth() {
        assertEquals(LocalDate.of(2024, 12, 31), field("2024年12月底前", 2024));
        assertEquals(LocalDate.of(2025, 2, 28), field("2025年2月底前完成", 2024));
    }

    @Test
    void byTheEndOfTheYearInRunningTextIsDecemberThirtyFirst() {
        DeadlineParser.Deadline d = DeadlineParser.findInText("到2024年底，城网用户平均停电时间降至3.13小时/户以内。", 2024)
                .orElseThrow();
        assertEquals(LocalDate.of(2024, 12, 31), d.date());
        assertEquals("到2024年底", d.text());
    }

    @Test
    void aMonthWithoutYearBelongsToThePlansYear() {
        assertEquals(LocalDate.of(2024, 6, 30), field("6月底前", 2024));
        assertNull(field("6月底前", null), "no plan year, no date");
    }

    @Test
    void openEndedWordingKeepsItsTextButSetsNoDate() {
        DeadlineParser.Deadline d = DeadlineParser.parseField("持续推进", 2024).orElseThrow();
        assertNull(d.date());
        assertEquals("持续推进", d.text());
        assertNull(field("长期坚持", 2024));
    }

    @Test
    void aDeadlineOpeningTheMeasureCounts() {
        assertEquals(LocalDate.of(2024, 9, 30),
                DeadlineParser.findInText("9月底前，完成政务服务大厅改造。", 2024).orElseThrow().date());
    }

    @Test
    void aYearMentionedInPassingIsNoDeadline() {
        assertTrue(DeadlineParser.findInText("2024年开展各类线上线下招聘活动达370场次以上。", 2024).isEmpty());
        assertTrue(DeadlineParser.findInText("每年6月组织一次专项检查。", 2024).isEmpty());
    }

    @Test
    void aPolicyPeriodRunningToYearEndIsNoDeadline() {
        assertTrue(DeadlineParser.findInText("实施阶段性降低失业保险费率政策至2024年底。", 2024).isEmpty());
    }

    @Test
    void theLatestDateOfAFieldWins() {
        assertEquals(LocalDate.of(2024, 12, 31), field("2024年6月底前启动，12月底前完成", 2024));
    }

    @Test
    void exactDaysQuartersAndHalfYearsAreUnderstood() {
        assertEquals(LocalDate.of(2024, 6, 15), field("2024年6月15日前", 2024));
        assertEquals(LocalDate.of(2024, 9, 30), field("2024年第三季度", 2024));
        assertEquals(LocalDate.of(2024, 6, 30), field("2024年上半年", 2024));
        assertEquals(LocalDate.of(2024, 11, 30), field("十一月底前", 2024));
    }

    @Test
    void aDeadlineSlippedIntoAUnitListIsRecognised() {
        assertTrue(DeadlineParser.looksLikeDeadline("6月底完成"));
        assertTrue(DeadlineParser.looksLikeDeadline("2024年12月底前"));
        assertTrue(DeadlineParser.looksLikeDeadline("持续推进"));
        assertFalse(DeadlineParser.looksLikeDeadline("市财政局"));
        assertFalse(DeadlineParser.looksLikeDeadline("各县区人民政府"));
    }

    @Test
    void anExactDayAndTheYearEndOfThePlansYear() {
        assertEquals(LocalDate.of(2025, 6, 30), field("2025年6月30日前", 2024));
        assertEquals(LocalDate.of(2024, 12, 31), field("年底前", 2024));
        assertEquals(LocalDate.of(2024, 12, 31), field("2024年12月底", 2024));
        assertEquals(LocalDate.of(2024, 9, 30), field("第三季度完成", 2024));
    }

    @Test
    void aDeadlineInsideRunningTextOfAHalfWidthPlan() {
        DeadlineParser.Deadline d = DeadlineParser.findInText("推动网上可办率达到98%以上,6月底前实现高频事项掌上办.", 2024)
                .orElseThrow();
        assertEquals(LocalDate.of(2024, 6, 30), d.date());
        assertEquals("6月底前", d.text());
    }
}
