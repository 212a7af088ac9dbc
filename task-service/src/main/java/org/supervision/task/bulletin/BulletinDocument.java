package org.supervision.task.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A bulletin as a .docx laid out as an official document after GB/T 9704-2012: A4 with its margins, the red
 * 发文机关标志 (红头) centred above the 文号 line (a placeholder 〔年〕 号 until the office numbers it) and the red
 * separator; the title in 小标宋 二号, 主送, the body in 仿宋 三号, the tables, the 抄送 line and the 印发 line
 * between the closing rules.
 */
public final class BulletinDocument {

    /** What the office puts around the content: its masthead, whom it copies, who prints it. */
    public record Letterhead(String issuerMark, String addressees, String copyTo, String printedBy) {
    }

    private static final String RED = "C00000";
    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEI = "黑体";

    private BulletinDocument() {
    }

    public static byte[] write(BulletinContent b, String documentNumber, LocalDate printedOn, Letterhead head) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            XWPFParagraph mark = centred(doc);
            run(mark, head.issuerMark(), TITLE_FONT, 36, true, RED);
            XWPFParagraph number = centred(doc);
            run(number, documentNumber == null || documentNumber.isBlank()
                    ? "〔" + printedOn.getYear() + "〕    号" : documentNumber, BODY_FONT, 16, false, null);
            number.setBorderBottom(Borders.SINGLE); // the red separator under the 文号
            number.getCTP().getPPr().getPBdr().getBottom().setColor(RED);
            number.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(18));
            doc.createParagraph();
            run(centred(doc), b.title(), TITLE_FONT, 22, false, null);
            run(doc.createParagraph(), head.addressees() + "：", BODY_FONT, 16, false, null);
            BulletinContent.Totals t = b.totals();
            body(doc, "现将" + b.first().getYear() + "年" + (b.period().length() == 7 ? b.first().getMonthValue() + "月" : "")
                    + (b.planTitle() == null ? "" : "《" + b.planTitle() + "》") + "督查督办工作情况通报如下。");
            heading(doc, "一、总体情况");
            body(doc, "本期共跟踪任务" + t.assignments() + "项，其中到期" + t.due() + "项；按期办结" + t.completedOnTime() + "项，逾期办结"
                    + t.completedLate() + "项；期末逾期未办结" + t.overdueAtEnd() + "项（红色预警），临近期限" + t.yellow()
                    + "项（黄色预警）；缺报进展" + t.reportsMissing() + "次；催办" + t.urges() + "次；退回办结申请" + t.returned()
                    + "次；批准延期" + t.extensions() + "次。亮红牌单位" + t.unitsWithRedCard() + "个，亮黄牌单位" + t.unitsWithYellowCard() + "个。");
            heading(doc, "二、单位排名及红黄牌");
            body(doc, "红黄牌规则：期末红色预警事项达到" + b.cards().redCardRedItems() + "项的单位亮红牌，达到"
                    + b.cards().yellowCardRedItems() + "项的单位亮黄牌。");
            table(doc, List.of("名次", "单位", "得分", "红黄牌", "到期", "按期办结", "逾期办结", "期末逾期", "缺报", "催办", "退回", "延期"),
                    b.units().stream().map(u -> List.of(String.valueOf(u.rank()), u.unitName(), BulletinBuilder.points(u.score()),
                            card(u.card()), String.valueOf(u.due()), String.valueOf(u.completedOnTime()), String.valueOf(u.completedLate()),
                            String.valueOf(u.overdueAtEnd()), String.valueOf(u.reportsMissing()), String.valueOf(u.urges()),
                            String.valueOf(u.returned()), String.valueOf(u.extensions()))).toList());
            heading(doc, "三、逾期未办结事项");
            if (b.overdueItems().isEmpty()) {
                body(doc, "本期无逾期未办结事项。");
            } else {
                table(doc, List.of("单位", "序号", "任务", "期限", "逾期天数"), b.overdueItems().stream()
                        .map(o -> List.of(o.unitName(), o.measureNumber(), o.measureTitle(), String.valueOf(o.deadline()),
                                String.valueOf(o.daysOverdue()))).toList());
            }
            heading(doc, "四、工作要求");
            body(doc, "请亮红牌、黄牌的单位认真分析原因，制定整改措施，按期报送整改情况；各单位要对照任务清单和时间节点，压实责任，确保按期完成。");
            doc.createParagraph();
            XWPFParagraph copy = doc.createParagraph();
            copy.setBorderTop(Borders.SINGLE);
            copy.setBorderBottom(Borders.SINGLE);
            run(copy, "抄送：" + head.copyTo(), BODY_FONT, 14, false, null);
            XWPFParagraph printed = doc.createParagraph();
            printed.setBorderBottom(Borders.SINGLE);
            run(printed, head.printedBy() + "　　　　" + printedOn.getYear() + "年" + printedOn.getMonthValue() + "月"
                    + printedOn.getDayOfMonth() + "日印发", BODY_FONT, 14, false, null);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the document could not be written", e);
        }
    }

    private static String card(String card) {
        return switch (card) {
            case "RED" -> "红牌";
            case "YELLOW" -> "黄牌";
            default -> "—";
        };
    }

    /** A4 with GB/T 9704's margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (in twips). */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(2098));
        margin.setBottom(BigInteger.valueOf(1984));
        margin.setLeft(BigInteger.valueOf(1588));
        margin.setRight(BigInteger.valueOf(1474));
    }

    private static XWPFParagraph centred(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(640);
        run(p, text, HEI, 16, false, null);
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(640); // two characters of 三号
        run(p, text, BODY_FONT, 16, false, null);
    }

    private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        fill(table.getRow(0), header, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, cells.get(c) == null ? "" : cells.get(c), bold ? HEI : BODY_FONT, 10.5, false, null);
        }
    }

    private static void run(XWPFParagraph p, String text, String font, double points, boolean bold, String color) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontSize(points);
        r.setBold(bold);
        if (color != null) {
            r.setColor(color);
        }
    }
}
