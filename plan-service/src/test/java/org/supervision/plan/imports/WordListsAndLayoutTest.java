package org.supervision.plan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/** Word's list numbers as Word shows them, headings by style, the title paragraph, and PDF page furniture. */
class WordListsAndLayoutTest {

    @Test
    void numberFormatsReadAsWordShowsThem() {
        assertEquals("一", ListLabels.format(1, "chineseCounting"));
        assertEquals("十", ListLabels.format(10, "chineseCounting"));
        assertEquals("十一", ListLabels.format(11, "chineseCounting"));
        assertEquals("二十三", ListLabels.format(23, "chineseCountingThousand"));
        assertEquals("一百零五", ListLabels.format(105, "chineseCounting"));
        assertEquals("甲", ListLabels.format(1, "ideographTraditional"));
        assertEquals("癸", ListLabels.format(10, "ideographTraditional"));
        assertEquals("子", ListLabels.format(1, "ideographZodiac"));
        assertEquals("一〇", ListLabels.format(10, "ideographDigital"));
        assertEquals("贰", ListLabels.format(2, "chineseLegalSimplified"));
        assertEquals("③", ListLabels.format(3, "decimalEnclosedCircle"));
        assertEquals("⑵", ListLabels.format(2, "decimalEnclosedParen"));
        assertEquals("１２", ListLabels.format(12, "decimalFullWidth"));
        assertEquals("iv", ListLabels.format(4, "lowerRoman"));
        assertEquals("aa", ListLabels.format(27, "lowerLetter"));
        assertEquals("", ListLabels.format(3, "bullet"));
        assertEquals("5", ListLabels.format(5, "someFutureFormat"));
    }

    /** Two list instances of one definition count on; startOverride restarts; a lower level restarts under a higher one. */
    @Test
    void listInstancesCountOnRestartAndStartWhereTheirDefinitionsSay() throws IOException {
        String nums = PlanFiles.num(1, 0, -1, 1) + PlanFiles.num(2, 1, 0, 1) + PlanFiles.num(3, 1, -1, 1)
                + PlanFiles.num(4, 1, 0, 1) + PlanFiles.num(5, 3, -1, 1) + PlanFiles.num(6, 2, 0, 3);
        String extra = PlanFiles.abstractNum(3, PlanFiles.level(0, "ideographTraditional", "%1、")
                + PlanFiles.level(1, "decimal", "%1.%2"));
        byte[] docx = docx(nums, extra, new int[][] {{1, 0}, {2, 0}, {2, 0}, {3, 0}, {1, 0}, {4, 0}, {5, 0}, {5, 1}, {5, 1},
                {5, 0}, {5, 1}, {6, 0}, {6, 1}});
        List<String> lines = DocumentText.read(new SourceDocument(docx, "x.docx", null)).text().lines().toList();
        assertEquals(List.of("一、a", "（一）b", "（二）c", "（三）d", "二、e", "（一）f", "甲、g", "甲.1h", "甲.2i", "乙、j", "乙.1k",
                "3.l", "（1）m"), lines);
    }

    private static byte[] docx(String nums, String extraAbstract, int[][] numbered) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var numbering = doc.createNumbering();
            char text = 'a';
            for (int[] n : numbered) {
                XWPFParagraph p = doc.createParagraph();
                CTNumPr pr = p.getCTP().addNewPPr().addNewNumPr();
                pr.addNewNumId().setVal(BigInteger.valueOf(n[0]));
                pr.addNewIlvl().setVal(BigInteger.valueOf(n[1]));
                p.createRun().setText(String.valueOf(text++));
            }
            var part = PlanFiles.numberingPart(nums);
            var extra = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering.Factory.parse(
                    "<xml-fragment xmlns:w=\"" + PlanFiles.W + "\">" + extraAbstract + "</xml-fragment>");
            part.addNewAbstractNum().set(extra.getAbstractNumArray(0));
            numbering.setNumbering(part);
            doc.write(out);
            return out.toByteArray();
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theTitleParagraphTitlesThePlanAndUnnumberedHeadingsByStyleBecomeSections() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PlanFiles.styles(doc);
            para(doc, "Title", "某市2024年稳外贸工作方案");
            para(doc, "1", "重点任务");
            para(doc, null, "1.推进通关便利化。（牵头单位：市商务局）");
            para(doc, "1", "保障措施");
            para(doc, null, "1.加强组织领导。（牵头单位：市政府办）");
            var footnoted = doc.createParagraph();
            footnoted.createRun().setText("附注");
            footnoted.getCTP().addNewR().addNewFootnoteReference().setId(BigInteger.ONE);
            doc.write(out);
            DocumentText.Read read = DocumentText.read(new SourceDocument(out.toByteArray(), "文件名.docx", null));
            assertEquals("某市2024年稳外贸工作方案", read.title());
            assertTrue(read.text().contains("一、重点任务\n"), read.text());
            assertTrue(read.text().contains("二、保障措施\n"), read.text());
            assertTrue(read.notes().stream().anyMatch(n -> n.code().equals(DocxText.FOOTNOTES_IGNORED)));
            ParsedPlan plan = PlanImports.withTitle(new PlanDocumentParser().parse(read.text()), read.title());
            assertEquals("某市2024年稳外贸工作方案", plan.header().title());
            assertEquals(2024, plan.header().year());
            assertEquals(2, plan.measures().size());
            assertEquals(List.of("二、保障措施"), plan.measures().get(1).path());
        }
    }

    private static void para(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
    }

    @Test
    void pageNumbersAndRunningHeadsAreDroppedAndWrappedLinesJoinedWithoutSpaces() {
        List<List<PdfText.PdfLine>> pages = List.of(
                List.of(line("某市人民政府文件", 100), line("一、重点任务", 96), line("（一）推进企业开办便利化，", 96, 456),
                        line("压缩开办时间至1个工作日。", 72), line("— 1 —", 220)),
                List.of(line("某市人民政府文件", 100), line("（二）优化纳税服务，实现2024年底", 96, 456),
                        line("前全程网办。", 72), line("第2页", 220)),
                List.of(line("某市人民政府文件", 100), line("（三）加强监管。", 96), line("-3-", 220)));
        List<String> paragraphs = PdfText.paragraphs(pages).stream().map(PdfText.Paragraph::text).toList();
        assertEquals(List.of("一、重点任务", "（一）推进企业开办便利化，压缩开办时间至1个工作日。", "（二）优化纳税服务，实现2024年底前全程网办。",
                "（三）加强监管。"), paragraphs);
        assertFalse(paragraphs.toString().contains("人民政府文件"));
    }

    private static PdfText.PdfLine line(String text, float left) {
        return new PdfText.PdfLine(text, left, left + 12 * text.length(), 12);
    }

    private static PdfText.PdfLine line(String text, float left, float right) {
        return new PdfText.PdfLine(text, left, right, 12);
    }

    @Test
    void aScannedPdfHasNoTextLayer() throws IOException {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> DocumentText.read(new SourceDocument(PlanFiles.scannedPdf(), "scan.pdf", null)));
        assertEquals("no-text-layer", e.rule());
    }
}
