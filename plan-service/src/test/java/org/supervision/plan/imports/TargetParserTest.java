package org.supervision.plan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class TargetParserTest {

    private static Target only(String text) {
        List<Target> targets = TargetParser.parse(text);
        assertEquals(1, targets.size(), () -> "targets of " + text + ": " + targets);
        return targets.get(0);
    }

    @Test
    void aCeilingWithACompoundUnit() {
        Target t = only("全口径城网用户平均停电时间降至3.13小时/户以内。");
        assertEquals("<=", t.comparator());
        assertEquals(new BigDecimal("3.13"), t.value());
        assertEquals("小时/户", t.unit());
        assertEquals("全口径城网用户平均停电时间", t.metric());
        assertEquals("全口径城网用户平均停电时间降至3.13小时/户以内", t.text());
    }

    @Test
    void aPercentageFloor() {
        Target t = only("企业开办网办率达到95%以上。");
        assertEquals(">=", t.comparator());
        assertEquals(new BigDecimal("95"), t.value());
        assertEquals("%", t.unit());
        assertEquals("企业开办网办率", t.metric());
    }

    @Test
    void aCountOfPeopleTrained() {
        Target t = only("全年开展各类补贴性职业技能培训12000人次以上，");
        assertEquals(">=", t.comparator());
        assertEquals(new BigDecimal("12000"), t.value());
        assertEquals("人次", t.unit());
    }

    @Test
    void workingDaysAndAboutValues() {
        Target days = only("审批时间压缩至30个工作日内。");
        assertEquals("<=", days.comparator());
        assertEquals("个工作日", days.unit());
        assertEquals("~", only("债务回收率稳定在55%左右。").comparator());
    }

    @Test
    void yearsHotlinesAndVersionsAreNotTargets() {
        assertTrue(TargetParser.parse("2024年依托12345热线推进5G建设，修订细则(2.0版)。").isEmpty());
    }

    @Test
    void aBoundQualifyingANounIsNotATarget() {
        assertTrue(TargetParser.parse("对单户1000万元以下担保贷款予以支持。").isEmpty());
    }

    @Test
    void anActivityNamesTheMetricAndFramingWordsDoNot() {
        Target t = only("全年开展补贴性职业技能培训12000人次以上，");
        assertEquals("补贴性职业技能培训", t.metric());
    }

    @Test
    void whatIsCountedMayFollowTheNumber() {
        Target t = only("实现95%以上涉税事项网上办理。");
        assertEquals("涉税事项网上办理", t.metric());
        assertEquals(">=", t.comparator());
    }

    @Test
    void aTimeToGetSomethingDoneIsACeiling() {
        assertEquals("<=", only("抵押登记实现1个工作日办结。").comparator());
    }

    @Test
    void containerThroughputKeepsItsUnit() {
        Target t = only("力争集装箱吞吐量达到120万标箱。");
        assertEquals("万标箱", t.unit());
        assertEquals("集装箱吞吐量", t.metric());
    }

    @Test
    void aHalfWidthFullStopEndsTheClauseButADecimalPointDoesNot() {
        Target t = only("深化改革.推动网上可办率达到98.5%以上,6月底前完成.");
        assertEquals("网上可办率", t.metric());
        assertEquals(new BigDecimal("98.5"), t.value());
    }
}
