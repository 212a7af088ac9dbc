package org.supervision.plan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PlanDocumentParserTest {

    private final PlanDocumentParser parser = new PlanDocumentParser();

    private static List<String> names(List<UnitMention> units) {
        return units.stream().map(UnitMention::name).toList();
    }

    private static List<String> codes(ParsedPlan plan) {
        return plan.warnings().stream().map(ImportWarning::code).toList();
    }

    private static ParsedMeasure measure(ParsedPlan plan, String number) {
        return plan.measures().stream().filter(m -> number.equals(m.number())).findFirst().orElseThrow(
                () -> new AssertionError("no measure " + number + " in " + plan.measures().stream()
                        .map(ParsedMeasure::number).toList()));
    }

    @Test
    void readsTheHeaderEvenWhenTheTitleIsBrokenOverTwoLines() {
        ParsedPlan plan = parser.parse("""
                钦州市人民政府办公室
                关于印发钦州市贯彻落实《广西提质
                增效优化营商环境若干措施》实施方案的通知
                钦政办〔2024〕2号
                各县、区人民政府，市直各委、办、局：
                现将方案印发给你们，请认真组织实施。
                         2024年1月22日
                钦州市贯彻落实《广西提质增效优化

                营商环境若干措施》实施方案
                一、工作措施
                1. 健全准入退出机制。全面实施负面清单制度。（牵头单位：市发展改革委）
                """);
        PlanHeader h = plan.header();
        assertEquals("钦州市贯彻落实《广西提质增效优化营商环境若干措施》实施方案", h.title());
        assertEquals("钦政办〔2024〕2号", h.docNumber());
        assertEquals("钦州市人民政府办公室", h.issuer());
        assertEquals(LocalDate.of(2024, 1, 22), h.issuedOn());
        assertEquals(2024, h.year());
    }

    @Test
    void arabicMeasuresLiveUnderChineseSectionsAndFramingParagraphsAreNoMeasures() {
        ParsedPlan plan = parser.parse("""
                某市2024年实施方案
                一、总体要求
                （一）指导思想。以习近平新时代中国特色社会主义思想为指导。
                二、工作措施
                （一）集中力量补短板。
                1. 健全准入退出机制。全面实施负面清单制度。（牵头单位：市发展改革委；配合单位：市司法局）
                2. 提高投资建设水平。审批时间压缩至30个工作日内。（牵头单位：市住房城乡建设局）
                三、保障措施
                （一）加强组织领导。各地要高度重视。
                """);
        assertEquals(List.of("1", "2"), plan.measures().stream().map(ParsedMeasure::number).toList());
        ParsedMeasure first = plan.measures().get(0);
        assertEquals("健全准入退出机制", first.title());
        assertEquals(List.of("二、工作措施", "（一）集中力量补短板"), first.path());
        assertEquals(List.of("市发展改革委"), names(first.leadUnits()));
        assertEquals(List.of("市司法局"), names(first.cooperatingUnits()));
        assertFalse(first.text().contains("牵头单位"), "the unit block is not part of the text");
        assertEquals(1, plan.measures().get(1).targets().size());
    }

    @Test
    void parenthesisedParagraphsAreTheMeasuresWhenAPlanHasNoArabicNumbering() {
        ParsedPlan plan = parser.parse("""
                河池市2024年优化营商环境工作要点
                一、对标改革再提升
                (一)优化市场准入退出。持续推进综合应用。〔牵头单位:市市场监管局、发展改革委;配合单位:市公安局、民政局,各县(区)人民政府〕
                (二)强化人力资源保障。全年开展培训12000人次以上。〔牵头单位:市人力资源社会保障局;配合单位:市委组织部,市教育局、科技局〕
                二、保障措施
                (一)加强组织领导。各部门要提高站位。〔牵头单位:市发展改革委;配合单位:市委宣传部〕
                """);
        assertEquals(List.of("(一)", "(二)", "(一)"), plan.measures().stream().map(ParsedMeasure::number).toList());
        ParsedMeasure first = plan.measures().get(0);
        assertEquals(List.of("市市场监管局", "市发展改革委"), names(first.leadUnits()));
        assertEquals(List.of("市公安局", "市民政局", "各县(区)人民政府"), names(first.cooperatingUnits()));
        assertEquals(List.of("市委组织部", "市教育局", "市科技局"), names(plan.measures().get(1).cooperatingUnits()));
        assertFalse(codes(plan).contains(ImportWarning.DUPLICATE_NUMBER), "restarting in a new section is fine");
    }

    @Test
    void subItemsBecomeChildrenEachWithItsOwnLead() {
        ParsedPlan plan = parser.parse("""
                某市工作方案
                一、重点任务
                1. 优化纳税服务。
                （1）推行电子发票。（市税务局牵头负责）
                （2）压缩退税时间至3个工作日。（市税务局、市财政局牵头负责）
                2. 加强信用监管。（牵头单位：市发改委）
                """);
        ParsedMeasure m = measure(plan, "1");
        assertEquals(2, m.children().size());
        assertEquals("推行电子发票", m.children().get(0).title());
        assertEquals(List.of("市税务局", "市财政局"), names(m.children().get(1).leadUnits()));
        assertTrue(m.hasUnits());
        assertFalse(codes(plan).contains(ImportWarning.NO_UNITS));
    }

    @Test
    void aUnitBlockOnTheLineAfterItsMeasureBelongsToIt() {
        ParsedPlan plan = parser.parse("""
                某市工作方案
                一、重点任务
                1. 加强信用监管。建立信用修复机制。
                （牵头单位：市发改委；责任单位：市财政局，6月底完成）
                2. 强化知识产权保护。
                （牵头单位：市市场监管局）
                """);
        ParsedMeasure m = measure(plan, "1");
        assertEquals(List.of("市发改委"), names(m.leadUnits()));
        assertEquals(List.of("市财政局"), names(m.cooperatingUnits()));
        assertNull(plan.header().year(), "nothing says which year");
        assertEquals("6月底完成", m.deadlineText());
    }

    @Test
    void unitsAndDeadlineOnTheirOwnTrailingLines() {
        ParsedPlan plan = parser.parse("""
                某市2024年优化营商环境攻坚行动方案
                一、重点任务
                1. 推进企业开办便利化。实现企业开办1个工作日内办结。
                责任单位：市市场监管局、公安局、税务局等单位
                时限要求：持续推进
                2. 深化工程建设项目审批制度改革。
                责任单位：市住建局
                完成时限：2024年12月底前
                """);
        ParsedMeasure first = measure(plan, "1");
        assertEquals(List.of("市市场监管局", "市公安局", "市税务局"), names(first.leadUnits()));
        assertTrue(first.leadUnits().get(2).openList());
        assertNull(first.deadline());
        assertEquals("持续推进", first.deadlineText());
        assertEquals(LocalDate.of(2024, 12, 31), measure(plan, "2").deadline());
    }

    @Test
    void aSectionLevelLeadAppliesWhereAMeasureNamesNone() {
        ParsedPlan plan = parser.parse("""
                某市2024年工作方案
                一、重点任务
                （一）提升政务服务效能（市审批局牵头）
                1. 推行“一网通办”。全程网办率达到95%以上。
                2. 推进窗口改革。（牵头单位：市发改委）
                （二）优化法治环境
                3. 推进政务服务标准化。严格执行标准。（省政务局、省司法厅牵头，省直相关部门及各市州人民政府按职责分工负责）
                """);
        assertEquals(List.of("市审批局"), names(measure(plan, "1").leadUnits()));
        assertEquals(List.of("市发改委"), names(measure(plan, "2").leadUnits()));
        ParsedMeasure third = measure(plan, "3");
        assertEquals(List.of("省政务局", "省司法厅"), names(third.leadUnits()));
        assertEquals(List.of("省直相关部门", "各市州人民政府"), names(third.cooperatingUnits()));
        assertEquals(List.of("一、重点任务", "（一）提升政务服务效能"), measure(plan, "1").path());
    }

    @Test
    void aRuleStatedOnceAppliesToEveryLaterMeasure() {
        ParsedPlan plan = parser.parse("""
                某市2024年工作方案
                各县区人民政府、市直各相关部门按职责分工负责，以下不再列出。
                一、重点任务
                1. 推行“一网通办”。（牵头单位：市审批局）
                2. 推进窗口改革。（牵头单位：市发改委）
                """);
        for (ParsedMeasure m : plan.measures()) {
            assertEquals(List.of("各县区人民政府", "市直各相关部门"), names(m.cooperatingUnits()), m.number());
        }
        assertTrue(codes(plan).contains(ImportWarning.INHERITED_UNITS));
    }

    @Test
    void aTaskTableFlattenedToOneCellPerLine() {
        ParsedPlan plan = parser.parse("""
                某县2024年重点工作任务分工方案
                序号
                重点工作
                责任领导
                责任单位
                完成时限
                1
                推进项目审批提速。压缩审批时间至30个工作日。
                张三
                县发改局、县住建局
                2024年12月底前
                2
                加强招商引资。全年引进项目12个以上。
                李四
                县商务局
                持续推进
                """);
        assertEquals(2, plan.measures().size());
        ParsedMeasure first = plan.measures().get(0);
        assertEquals("推进项目审批提速", first.title());
        assertEquals(List.of("县发改局", "县住建局"), names(first.leadUnits()));
        assertEquals(LocalDate.of(2024, 12, 31), first.deadline());
        assertEquals("持续推进", plan.measures().get(1).deadlineText());
    }

    @Test
    void numberingThatSkipsOrRepeatsIsWarnedWithItsLine() {
        ParsedPlan plan = parser.parse("""
                某市工作方案
                一、重点任务
                1. 第一项工作。（牵头单位：市发改委）
                3. 第三项工作。（牵头单位：市发改委）
                3. 又一项工作。（牵头单位：市财政局）
                4. 第四项工作。（牵头单位：市财政局）
                """);
        assertEquals(4, plan.measures().size(), "nothing is dropped");
        ImportWarning gap = plan.warnings().stream().filter(w -> w.code().equals(ImportWarning.NUMBERING_GAP))
                .findFirst().orElseThrow();
        assertEquals(4, gap.line());
        assertEquals("3", gap.measureNumber());
        ImportWarning dup = plan.warnings().stream().filter(w -> w.code().equals(ImportWarning.DUPLICATE_NUMBER))
                .findFirst().orElseThrow();
        assertEquals(5, dup.line());
    }

    /** Numbers past 999 used to be read as text, so measures 1000 onwards were folded into measure 999. */
    @Test
    void aPlanOfTwelveHundredMeasuresKeepsEveryMeasure() {
        StringBuilder text = new StringBuilder("某市2024年重点工作任务清单\n一、重点任务\n");
        for (int i = 1; i <= 1200; i++) {
            text.append(i).append(i % 2 == 0 ? "、" : ". ").append("第").append(i).append("项工作。（牵头单位：市发改委）\n");
        }
        ParsedPlan plan = parser.parse(text.toString());

        assertEquals(1200, plan.measures().size());
        for (int i = 1; i <= 1200; i++) {
            ParsedMeasure m = plan.measures().get(i - 1);
            assertEquals(String.valueOf(i), m.number());
            assertEquals("第" + i + "项工作", m.title());
            assertEquals(List.of("市发改委"), names(m.leadUnits()));
        }
        assertFalse(measure(plan, "999").text().contains("第1000项"), "measure 999 is itself only");
        assertEquals(List.of(), codes(plan));
    }

    /** A year or an amount at the start of a line is no measure number, also in a plan counting past 999. */
    @Test
    void aFourDigitNumberStartingALineIsAMeasureOnlyWhenItContinuesTheNumbering() {
        StringBuilder text = new StringBuilder("某市重点工作任务清单\n一、重点任务\n");
        for (int i = 1; i <= 1000; i++) {
            text.append(i).append(". 第").append(i).append("项工作。（牵头单位：市发改委）\n");
            if (i == 3 || i == 1000) {
                text.append("2024、2025年连续两年开展专项行动。\n");
            }
        }
        text.append("1002. 第1002项工作。（牵头单位：市发改委）\n");
        ParsedPlan plan = parser.parse(text.toString());

        assertEquals(1001, plan.measures().size());
        assertTrue(measure(plan, "3").text().contains("2024、2025年连续两年"));
        assertTrue(measure(plan, "1000").text().contains("2024、2025年连续两年"));
        ImportWarning gap = plan.warnings().stream().filter(w -> w.code().equals(ImportWarning.NUMBERING_GAP))
                .findFirst().orElseThrow(() -> new AssertionError("the skipped 1001 is warned: " + codes(plan)));
        assertEquals("1002", gap.measureNumber());
    }

    @Test
    void aTaskTableOfTwelveHundredRowsKeepsEveryRow() {
        StringBuilder text = new StringBuilder("某县重点工作任务分工方案\n序号\t重点工作\t责任单位\t完成时限\n");
        for (int i = 1; i <= 1200; i++) {
            text.append(i).append("\t第").append(i).append("项工作。\t县发改局\t2024年12月底前\n");
        }
        ParsedPlan plan = parser.parse(text.toString());

        assertEquals(1200, plan.measures().size());
        assertEquals("1200", plan.measures().get(1199).number());
        assertEquals("第1200项工作", plan.measures().get(1199).title());
    }

    @Test
    void aDocumentPastedTwiceIsReadOnce() {
        String once = """
                某区2024年工作要点
                一、加强组织领导
                1、完善工作机制。建立联席会议制度。（区发改局牵头）
                2、加强督查考核。（区委督查室牵头，各街道配合）
                3、开展宣传。（区委宣传部负责）
                """;
        ParsedPlan plan = parser.parse(once + once);
        assertEquals(3, plan.measures().size());
        ImportWarning w = plan.warnings().stream().filter(x -> x.code().equals(ImportWarning.DUPLICATED_TEXT))
                .findFirst().orElseThrow();
        assertEquals(6, w.line());
        assertEquals(List.of("各街道"), names(plan.measures().get(1).cooperatingUnits()));
    }

    @Test
    void aMeasureRepeatedWordForWordIsLeftOutWithAWarning() {
        ParsedPlan plan = parser.parse("""
                某市工作方案
                一、重点任务
                1. 完善工作机制。建立联席会议制度，定期研究解决重大问题。（牵头单位：市发改委）
                2. 加强督查考核。定期通报进展情况，推动工作落实落地。（牵头单位：市督查室）
                3. 完善工作机制。建立联席会议制度，定期研究解决重大问题。（牵头单位：市发改委）
                """);
        assertEquals(List.of("1", "2"), plan.measures().stream().map(ParsedMeasure::number).toList());
        assertTrue(codes(plan).contains(ImportWarning.DUPLICATED_TEXT));
    }

    @Test
    void redactedUnitsAreWarnedAboutAndLeftOut() {
        ParsedPlan plan = parser.parse("""
                某市工作方案
                一、重点任务
                1. 强化知识产权保护。（牵头单位：略；配合单位：市财政局）
                2. 加强执法监督。（略）
                """);
        ParsedMeasure first = measure(plan, "1");
        assertTrue(first.leadUnits().isEmpty());
        assertEquals(List.of("市财政局"), names(first.cooperatingUnits()));
        assertTrue(plan.warnings().stream().anyMatch(w -> w.code().equals(ImportWarning.REDACTED_UNIT)
                && "1".equals(w.measureNumber()) && w.line() == 3));
        assertTrue(codes(plan).contains(ImportWarning.REDACTED_TEXT));
    }

    @Test
    void aDocumentNamingNoUnitsGetsOneWarningNotOnePerMeasure() {
        ParsedPlan plan = parser.parse("""
                某市三年行动方案
                一、主要任务
                1.推行标准化登记。建立数据库。
                2.推动一照通行改革。优化审批流程。
                3.畅通企业退出渠道。简化注销流程。
                """);
        assertEquals(3, plan.measures().size());
        assertEquals(1, codes(plan).stream().filter(ImportWarning.NO_UNITS::equals).count());
    }

    @Test
    void aMeasureWithoutUnitsInAPlanThatNamesThemIsWarned() {
        ParsedPlan plan = parser.parse("""
                某市工作方案
                一、重点任务
                1. 第一项工作。（牵头单位：市发改委）
                2. 第二项工作。
                """);
        ImportWarning w = plan.warnings().stream().filter(x -> x.code().equals(ImportWarning.NO_UNITS))
                .findFirst().orElseThrow();
        assertEquals("2", w.measureNumber());
        assertEquals(4, w.line());
    }

    @Test
    void aGarbledHeadingIsWarnedAndStillStartsASection() {
        Charset gb = Charset.forName("GB18030");
        byte[] heading = "\u3000（二）深化公共资源交易改革".getBytes(gb);
        String garbled = "?" + new String(Arrays.copyOfRange(heading, 1, heading.length), gb) + "</strong>";
        ParsedPlan plan = parser.parse("""
                某市三年行动方案
                一、主要任务
                （一）深化商事制度改革
                1.推行标准化登记。建立数据库。
                """ + garbled + "\n" + """
                2.开展公共资源交易专项整治。规范交易行为。
                3.推进招投标全流程电子化。实现全程网办。
                """);
        ImportWarning w = plan.warnings().stream().filter(x -> x.code().equals(ImportWarning.GARBLED_HEADING))
                .findFirst().orElseThrow();
        assertEquals(5, w.line());
        assertEquals(List.of("一、主要任务", "（二）深化公共资源交易改"), measure(plan, "2").path());
        assertEquals(List.of("一、主要任务", "（一）深化商事制度改革"), measure(plan, "1").path());
    }

    @Test
    void htmlRemnantsAreRemoved() {
        ParsedPlan plan = parser.parse("""
                <p>某区2024年工作要点</p>
                <p>一、加强组织领导</p>
                <p>1、完善工作机制。建立联席会议制度。（区发改局牵头）</p>
                <p>2、加强督查考核。（区委督查室牵头，各街道配合）</p>
                """);
        assertEquals("某区2024年工作要点", plan.header().title());
        assertEquals("完善工作机制", plan.measures().get(0).title());
        assertTrue(codes(plan).contains(ImportWarning.MARKUP_REMOVED));
    }

    @Test
    void traditionalChineseWithFullWidthBrackets() {
        ParsedPlan plan = parser.parse("""
                茂名市優化營商環境三年行動方案(2023-2025年)
                一、主要任務
                1.推進涉企收費清理。〔牽頭單位：市發展改革局；配合單位：市財政局、市場監管局〕
                2.推行企業住所標準化登記。（責任單位：市市場監管局；完成時限：2023年12月底前）
                """);
        assertEquals(2023, plan.header().year());
        assertEquals(List.of("市發展改革局"), names(measure(plan, "1").leadUnits()));
        assertEquals(List.of("市財政局", "市場監管局"), names(measure(plan, "1").cooperatingUnits()));
        assertEquals(LocalDate.of(2023, 12, 31), measure(plan, "2").deadline());
    }

    @Test
    void aDeadlineOpeningAMeasureIsItsDeadline() {
        ParsedPlan plan = parser.parse("""
                某市2024年工作方案
                一、重点任务
                1. 9月底前，完成政务服务大厅改造。（牵头单位：市发展改革委（市大数据局）、市财政局，责任单位：市住建局、市城管局）
                """);
        ParsedMeasure m = plan.measures().get(0);
        assertEquals(LocalDate.of(2024, 9, 30), m.deadline());
        assertEquals(List.of("市发展改革委（市大数据局）", "市财政局"), names(m.leadUnits()));
        assertEquals(List.of("市住建局", "市城管局"), names(m.cooperatingUnits()));
    }

    @Test
    void whatIsNotAPlanGivesWarningsNotExceptions() {
        assertEquals(List.of(ImportWarning.EMPTY_DOCUMENT), codes(parser.parse("")));
        assertEquals(List.of(ImportWarning.EMPTY_DOCUMENT), codes(parser.parse(null)));
        byte[] noise = new byte[50_000];
        new Random(7).nextBytes(noise);
        assertEquals(List.of(ImportWarning.NOT_A_PLAN), codes(parser.parse(new String(noise, StandardCharsets.ISO_8859_1))));
        ParsedPlan prose = parser.parse("这是一段普通文字，没有任何编号。\n第二行。");
        assertTrue(prose.measures().isEmpty());
        assertEquals(List.of(ImportWarning.NO_MEASURES), codes(prose));
    }

    @Test
    void samplePlansGetTheWarningsTheirOdditiesDeserve() throws Exception {
        ParsedPlan maoming = parser.parse(SamplePlanScoreTest.resource("maoming-2023-2025-action-plan.txt"));
        assertEquals(7, codes(maoming).stream().filter(ImportWarning.GARBLED_HEADING::equals).count());
        assertEquals(1, codes(maoming).stream().filter(ImportWarning.NO_UNITS::equals).count());
        assertFalse(codes(maoming).contains(ImportWarning.NUMBERING_GAP));
        assertEquals(13, maoming.measures().stream().map(m -> m.path().toString()).distinct().count(),
                "12 task sections plus the closing section, garbled headings included");

        ParsedPlan qinzhou = parser.parse(SamplePlanScoreTest.resource("qinzhou-2024-implementation-plan.txt"));
        assertEquals(List.of(), codes(qinzhou));
        ParsedMeasure third = qinzhou.measures().get(2);
        assertEquals(LocalDate.of(2024, 12, 31), third.deadline());
        assertEquals("到2024年底", third.deadlineText());
    }
}
