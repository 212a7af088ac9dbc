package org.supervision.plan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitListParserTest {

    private static List<String> names(List<UnitMention> units) {
        return units.stream().map(UnitMention::name).toList();
    }

    @Test
    void aLabelledBlockSplitsLeadFromCooperatingUnits() {
        UnitListParser.UnitBlock b = UnitListParser.parseBlock(
                "牵头单位：市发展改革委、市市场监管局；配合单位：市司法局、市商务局，自贸区钦州港片区有关部门，各县区人民政府");
        assertEquals(List.of("市发展改革委", "市市场监管局"), names(b.lead()));
        assertEquals(List.of("市司法局", "市商务局", "自贸区钦州港片区有关部门", "各县区人民政府"), names(b.cooperating()));
    }

    @Test
    void halfWidthPunctuationAndACommaBetweenThePartsWorkToo() {
        UnitListParser.UnitBlock b = UnitListParser.parseBlock("牵头单位:市发改委、市财政局,配合单位:市商务局");
        assertEquals(List.of("市发改委", "市财政局"), names(b.lead()));
        assertEquals(List.of("市商务局"), names(b.cooperating()));
    }

    @Test
    void aNestedBracketStaysPartOfOneUnit() {
        UnitListParser.UnitBlock b = UnitListParser.parseBlock("牵头单位：市行政审批局、市发展改革委（市大数据发展局）");
        assertEquals(List.of("市行政审批局", "市发展改革委（市大数据发展局）"), names(b.lead()));
    }

    @Test
    void aPrefixCarriesOverWithinAList() {
        UnitListParser.UnitBlock b = UnitListParser.parseBlock("配合单位：市公安局、人社局、税务局");
        assertEquals(List.of("市公安局", "市人社局", "市税务局"), names(b.cooperating()));
        assertEquals("人社局", b.cooperating().get(1).mention());
    }

    @Test
    void aPrefixDoesNotCarryOverToUnitsThatNameTheirOwnPlace() {
        UnitListParser.UnitBlock b = UnitListParser.parseBlock(
                "配合单位：市财政局、人民银行河池市分行、各县(区)人民政府");
        assertEquals(List.of("市财政局", "人民银行河池市分行", "各县(区)人民政府"), names(b.cooperating()));
    }

    @Test
    void anOpenListLosesItsSuffixAndSaysSo() {
        UnitListParser.UnitBlock b = UnitListParser.parseBlock("责任单位：市公安局、市民政局等单位");
        UnitMention last = b.lead().get(1);
        assertEquals("市民政局", last.name());
        assertEquals("市民政局等单位", last.mention());
        assertTrue(last.openList());
        assertFalse(b.lead().get(0).openList());
    }

    @Test
    void dutyQualifiersAreNotPartOfTheUnit() {
        UnitListParser.UnitBlock b = UnitListParser.parseBlock(
                "责任单位:市发展改革委、财政局、住房城乡建设局按责任分工负责,各县(区)人民政府");
        assertEquals(List.of("市发展改革委", "市财政局", "市住房城乡建设局", "各县(区)人民政府"), names(b.lead()));
    }

    @Test
    void groupMentionsAreKeptAsGroups() {
        UnitListParser.UnitBlock b = UnitListParser.parseBlock(
                "牵头单位：市发展改革委；配合单位：市优化营商环境工作领导小组成员单位，市直各相关部门，各县区人民政府");
        assertFalse(b.lead().get(0).group());
        assertTrue(b.cooperating().stream().allMatch(UnitMention::group), () -> b.cooperating().toString());
    }

    @Test
    void stateCouncilStyleNamesLeadsThenEveryoneElse() {
        UnitListParser.UnitBlock b = UnitListParser.parseBlock("省政务局、省司法厅牵头，省直相关部门及各市州人民政府按职责分工负责");
        assertEquals(List.of("省政务局", "省司法厅"), names(b.lead()));
        assertEquals(List.of("省直相关部门", "各市州人民政府"), names(b.cooperating()));
    }

    @Test
    void responsibleUnitsNextToLeadUnitsAreTheOtherResponsibleUnits() {
        UnitListParser.UnitBlock b = UnitListParser.parseBlock("牵头单位:市发改委、市财政局,责任单位:市住建局、市城管局");
        assertEquals(List.of("市发改委", "市财政局"), names(b.lead()));
        assertEquals(List.of("市住建局", "市城管局"), names(b.cooperating()));
    }

    @Test
    void responsibleUnitsAloneLead() {
        assertEquals(List.of("市住建局"), names(UnitListParser.parseBlock("责任单位：市住建局").lead()));
    }

    @Test
    void aDeadlineInsideTheBlockIsTakenOutOfTheUnits() {
        UnitListParser.UnitBlock b = UnitListParser.parseBlock("牵头单位：市发改委；责任单位：市财政局，6月底完成");
        assertEquals(List.of("市财政局"), names(b.cooperating()));
        assertEquals("6月底完成", b.deadlineText());
        assertEquals("2024年12月底前",
                UnitListParser.parseBlock("责任单位：市住建局；完成时限：2024年12月底前").deadlineText());
    }

    @Test
    void redactedUnitsAreReportedNotListed() {
        UnitListParser.UnitBlock b = UnitListParser.parseBlock("牵头单位：略；配合单位：市财政局、（略）");
        assertTrue(b.lead().isEmpty());
        assertEquals(List.of("市财政局"), names(b.cooperating()));
        assertEquals(2, b.redacted().size());
    }

    @Test
    void traditionalCharactersAreReadLikeSimplifiedOnes() {
        UnitListParser.UnitBlock b = UnitListParser.parseBlock("牽頭單位：市發展改革局；配合單位：市財政局");
        assertEquals(List.of("市發展改革局"), names(b.lead()));
        assertEquals(List.of("市財政局"), names(b.cooperating()));
    }

    @Test
    void aSectionLeadInBracketsIsABlock() {
        assertTrue(UnitListParser.isUnitBlock("市审批局牵头"));
        assertEquals(List.of("市税务局", "市财政局"), names(UnitListParser.parseBlock("市税务局、市财政局牵头负责").lead()));
    }

    @Test
    void anOrdinaryAsideIsNotABlock() {
        assertFalse(UnitListParser.isUnitBlock("口岸检查指令内容包含涉关指令除外"));
        assertFalse(UnitListParser.isUnitBlock("2.0版"));
        assertFalse(UnitListParser.isUnitBlock("由企业自主负责"));
        assertFalse(UnitListParser.isUnitBlock("厅发〔2023〕25号"));
    }
}
