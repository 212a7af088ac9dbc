package org.supervision.plan.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds plan documents in the formats offices send, from a plan's text, so tests can change
 * them: a .docx numbered by Word's lists (the numbers are not in the text), task tables as a Word
 * table and as .xlsx/.csv with merged cells, and a PDF with a text layer laid out as a 公文.
 */
final class PlanFiles {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern L1 = Pattern.compile("^([一二三四五六七八九十]{1,3})、");
    private static final Pattern L2 = Pattern.compile("^[(（]([一二三四五六七八九十]{1,3})[)）]");
    private static final Pattern L3 = Pattern.compile("^(\\d{1,3})[.．、](?!\\d)");
    private static final Pattern L4 = Pattern.compile("^[(（](\\d{1,3})[)）]");

    private PlanFiles() {
    }

    // ---- .docx with list numbering ------------------------------------------------------------

    /**
     * The plan's text as a .docx whose numbers come from numbering definitions: 一、 (abstract 0,
     * chineseCounting "%1、"), （一） (abstract 1, a new list instance per section with startOverride
     * 1, which is what restarts it), 1. and （1） (abstract 2, a new instance per measure). The line
     * {@code title} gets the Title style.
     */
    static byte[] numberedDocx(String text, String title) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            XWPFNumbering numbering = doc.createNumbering();
            StringBuilder nums = new StringBuilder();
            int nextNum = 2;
            int sectionNum = 0;
            int itemNum = 0;
            int sectionNext = 1;
            int itemNext = 1;
            nums.append(num(1, 0, -1, 1));
            boolean titled = false;
            for (String raw : text.split("\n")) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                String body = line;
                int numId = 0;
                int ilvl = 0;
                Matcher m;
                if ((m = L1.matcher(line)).find()) {
                    body = line.substring(m.end());
                    numId = 1;
                } else if ((m = L2.matcher(line)).find()) {
                    body = line.substring(m.end());
                    // a new list instance where the text does not count on (a restart at （一）, or a skip), starting
                    // where the text does, as an author makes Word show those numbers
                    int value = ChineseNumerals.toInt(m.group(1));
                    if (sectionNum == 0 || value != sectionNext) {
                        sectionNum = nextNum++;
                        nums.append(num(sectionNum, 1, 0, value));
                    }
                    sectionNext = value + 1;
                    numId = sectionNum;
                } else if ((m = L3.matcher(line)).find()) {
                    body = line.substring(m.end());
                    int value = Integer.parseInt(m.group(1));
                    if (itemNum == 0 || value != itemNext) {
                        itemNum = nextNum++;
                        nums.append(num(itemNum, 2, 0, value));
                    }
                    itemNext = value + 1;
                    numId = itemNum;
                } else if ((m = L4.matcher(line)).find() && itemNum != 0) {
                    body = line.substring(m.end());
                    numId = itemNum;
                    ilvl = 1;
                }
                if (!titled && line.equals(title)) {
                    p.setStyle("Title");
                    titled = true;
                }
                if (numId != 0) {
                    CTNumPr pr = p.getCTP().addNewPPr().addNewNumPr();
                    pr.addNewNumId().setVal(BigInteger.valueOf(numId));
                    pr.addNewIlvl().setVal(BigInteger.valueOf(ilvl));
                }
                p.createRun().setText(body.strip());
            }
            numbering.setNumbering(numberingPart(nums.toString()));
            doc.write(out);
            return out.toByteArray();
        }
    }

    static CTNumbering numberingPart(String nums) {
        // the element's content as a fragment: parsing "<w:numbering>…" would nest a numbering inside the numbering
        String xml = "<xml-fragment xmlns:w=\"" + W + "\">"
                + abstractNum(0, level(0, "chineseCounting", "%1、"))
                + abstractNum(1, level(0, "chineseCounting", "（%1）"))
                + abstractNum(2, level(0, "decimal", "%1.") + level(1, "decimal", "（%2）"))
                + nums + "</xml-fragment>";
        try {
            return CTNumbering.Factory.parse(xml);
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    static String abstractNum(int id, String levels) {
        return "<w:abstractNum w:abstractNumId=\"" + id + "\"><w:multiLevelType w:val=\"multilevel\"/>" + levels + "</w:abstractNum>";
    }

    static String level(int ilvl, String fmt, String text) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + fmt + "\"/><w:lvlText w:val=\""
                + text + "\"/><w:lvlJc w:val=\"left\"/></w:lvl>";
    }

    /** A list instance of {@code abstractId}; {@code restartLevel} >= 0 restarts that level at {@code start} where it is first used. */
    static String num(int numId, int abstractId, int restartLevel, int start) {
        return "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractId + "\"/>"
                + (restartLevel < 0 ? "" : "<w:lvlOverride w:ilvl=\"" + restartLevel + "\"><w:startOverride w:val=\"" + start
                + "\"/></w:lvlOverride>")
                + "</w:num>";
    }

    /** Title and 标题 1/2 (Heading) styles, as Word's Chinese template names them. */
    static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        try {
            CTStyles all = CTStyles.Factory.parse("<xml-fragment xmlns:w=\"" + W + "\">"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/></w:style>"
                    + "</xml-fragment>");
            for (CTStyle s : all.getStyleArray()) {
                styles.addStyle(new XWPFStyle(s));
            }
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- task tables --------------------------------------------------------------------------

    /** One row of a 任务分工表: its section, the measure, its units and deadline. */
    record TaskRow(String section, String task, String lead, String cooperating, String deadline) {
    }

    static List<TaskRow> taskRows(ParsedPlan plan) {
        List<TaskRow> rows = new ArrayList<>();
        for (ParsedMeasure m : plan.measures()) {
            rows.add(new TaskRow(m.path().isEmpty() ? "" : m.path().get(m.path().size() - 1), m.title() + "。",
                    names(m.leadUnits()), names(m.cooperatingUnits()), m.deadlineText() == null ? "" : m.deadlineText()));
        }
        return rows;
    }

    private static String names(List<UnitMention> units) {
        return String.join("、", units.stream().map(UnitMention::name).toList());
    }

    /**
     * A Word table: a title paragraph above, a two-row header (责任单位 spread over 牵头单位 | 配合单位,
     * the other headings merged down), and the 重点任务 column merged down over each section.
     */
    static byte[] taskTableDocx(String title, List<TaskRow> rows) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(title);
            XWPFTable table = doc.createTable(rows.size() + 2, 6);
            String[] top = {"序号", "重点任务", "具体措施", "责任单位", null, "完成时限"};
            String[] second = {"", "", "", "牵头单位", "配合单位", ""};
            XWPFTableRow r0 = table.getRow(0);
            XWPFTableRow r1 = table.getRow(1);
            for (int c = 0; c < 6; c++) {
                if (c == 3) {
                    cell(r0.getCell(3), "责任单位").getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.TWO);
                    continue;
                }
                if (c == 4) {
                    continue;
                }
                vMerge(cell(r0.getCell(c), top[c]), STMerge.RESTART);
            }
            r0.getCtRow().removeTc(4);
            for (int c = 0; c < 6; c++) {
                if (c == 3 || c == 4) {
                    cell(r1.getCell(c), second[c]);
                } else {
                    vMerge(cell(r1.getCell(c), ""), STMerge.CONTINUE);
                }
            }
            String section = null;
            for (int i = 0; i < rows.size(); i++) {
                TaskRow t = rows.get(i);
                XWPFTableRow r = table.getRow(i + 2);
                cell(r.getCell(0), String.valueOf(i + 1));
                boolean first = !t.section().equals(section);
                vMerge(cell(r.getCell(1), first ? t.section() : ""), first ? STMerge.RESTART : STMerge.CONTINUE);
                section = t.section();
                cell(r.getCell(2), t.task());
                cell(r.getCell(3), t.lead());
                cell(r.getCell(4), t.cooperating());
                cell(r.getCell(5), t.deadline());
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static XWPFTableCell cell(XWPFTableCell cell, String text) {
        cell.removeParagraph(0);
        cell.addParagraph().createRun().setText(text);
        if (cell.getCTTc().getTcPr() == null) {
            cell.getCTTc().addNewTcPr();
        }
        return cell;
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum how) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        pr.addNewVMerge().setVal(how);
    }

    /**
     * The same table as a sheet: a title row merged across, a two-row header (merged regions), the
     * 重点任务 column merged down per section. {@code sheetPerSection} writes a sheet per section
     * (named by it) without the 重点任务 column instead.
     */
    static byte[] taskTableXlsx(String title, List<TaskRow> rows, boolean sheetPerSection) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!sheetPerSection) {
                XSSFSheet sheet = book.createSheet("任务分工");
                put(sheet, 0, title, null, null, null, null, null);
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
                put(sheet, 1, "序号", "重点任务", "具体措施", "责任单位", null, "完成时限");
                put(sheet, 2, null, null, null, "牵头单位", "配合单位", null);
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 3, 4));
                for (int c : new int[] {0, 1, 2, 5}) {
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
                }
                int start = 3;
                for (int i = 0; i < rows.size(); i++) {
                    TaskRow t = rows.get(i);
                    boolean first = i == 0 || !t.section().equals(rows.get(i - 1).section());
                    put(sheet, 3 + i, String.valueOf(i + 1), first ? t.section() : null, t.task(), t.lead(), t.cooperating(), t.deadline());
                    boolean last = i == rows.size() - 1 || !t.section().equals(rows.get(i + 1).section());
                    if (first) {
                        start = 3 + i;
                    }
                    if (last && 3 + i > start) {
                        sheet.addMergedRegion(new CellRangeAddress(start, 3 + i, 1, 1));
                    }
                }
            } else {
                XSSFSheet sheet = null;
                int r = 0;
                int n = 0;
                String section = null;
                for (TaskRow t : rows) {
                    if (!t.section().equals(section)) {
                        section = t.section();
                        sheet = book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(section));
                        put(sheet, 0, title, null, null, null, null, null);
                        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
                        put(sheet, 1, "序号", "工作措施", "牵头部门", "配合单位", "完成时间", null);
                        r = 2;
                    }
                    put(sheet, r++, String.valueOf(++n), t.task(), t.lead(), t.cooperating(), t.deadline(), null);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void put(XSSFSheet sheet, int r, String... values) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    /** A .csv as Excel exports a merged 重点任务 column: the section in its first row only. */
    static byte[] taskTableCsv(String title, List<TaskRow> rows) {
        StringBuilder csv = new StringBuilder(title).append("\r\n序号,重点任务,具体措施,责任单位,配合单位,时间节点,备注\r\n");
        for (int i = 0; i < rows.size(); i++) {
            TaskRow t = rows.get(i);
            boolean first = i == 0 || !t.section().equals(rows.get(i - 1).section());
            csv.append(i + 1).append(',').append(quoted(first ? t.section() : "")).append(',').append(quoted(t.task()))
                    .append(',').append(quoted(t.lead())).append(',').append(quoted(t.cooperating())).append(',')
                    .append(quoted(t.deadline())).append(",\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    // ---- PDF ----------------------------------------------------------------------------------

    /** Characters per full line of the PDF's body. */
    static final int LINE_CHARS = 30;
    static final int LINES_PER_PAGE = 40;

    /**
     * The plan's text as a PDF laid out as a 公文: each paragraph's first line indented two
     * characters, lines broken at {@value #LINE_CHARS} characters and pages at {@value #LINES_PER_PAGE}
     * lines, a running head on every page and the page number (— n —) at its foot. No CJK font file is
     * on this machine, so the text is shown in a CID font that is not embedded, with a ToUnicode map:
     * the text layer is what a real PDF has; the glyphs are not drawn.
     */
    static byte[] pdf(String text, String runningHead) throws IOException {
        List<String[]> lines = new ArrayList<>(); // text, indented?
        for (String raw : text.split("\n")) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            int first = LINE_CHARS - 2;
            int at = 0;
            boolean indent = true;
            while (at < p.length()) {
                int take = Math.min(p.length() - at, indent ? first : LINE_CHARS);
                // never split a surrogate pair
                if (at + take < p.length() && Character.isHighSurrogate(p.charAt(at + take - 1))) {
                    take--;
                }
                lines.add(new String[] {p.substring(at, at + take), indent ? "y" : "n"});
                at += take;
                indent = false;
            }
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSDictionary font = type0Font(doc);
            int pageNo = 0;
            for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
                pageNo++;
                StringBuilder content = new StringBuilder();
                content.append(show(runningHead, 72 + 6 * 12, 800));
                int y = 770;
                for (String[] l : lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE))) {
                    content.append(show(l[0], "y".equals(l[1]) ? 72 + 24 : 72, y));
                    y -= 17;
                }
                content.append(show("— " + pageNo + " —", 72 + 13 * 12, 40));
                page(doc, font, content.toString());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF of one page holding only a (blank) image, as a scanner makes it: no text layer. */
    static byte[] scannedPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc,
                    new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB));
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 50, 400, 400);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String show(String text, float x, float y) {
        StringBuilder hex = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp > 0xFFFF) {
                cp = 0x3013; // 〓: the test font maps one UTF-16 unit per code
            }
            hex.append(String.format("%04X", cp));
        });
        return "BT /F1 12 Tf 1 0 0 1 " + x + " " + y + " Tm <" + hex + "> Tj ET\n";
    }

    private static void page(PDDocument doc, COSDictionary font, String content) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), PDFontFactory.createFont(font));
        page.setResources(resources);
        PDStream stream = new PDStream(doc);
        try (var os = stream.createOutputStream()) {
            os.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        page.setContents(stream);
        doc.addPage(page);
    }

    /** Type0, Identity-H, a CIDFontType2 of 1000 units a glyph, and a ToUnicode map code = UTF-16 unit. */
    private static COSDictionary type0Font(PDDocument doc) throws IOException {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "TestSong");
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        for (int v : new int[] {0, -120, 1000, 880}) {
            bbox.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, "TestSong");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, "TestSong");
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Test-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<String> ranges = new ArrayList<>();
        for (int hi = 0; hi < 256; hi++) {
            if (hi >= 0xD8 && hi <= 0xDF) {
                continue;
            }
            ranges.add(String.format("<%02X00> <%02XFF> <%02X00>", hi, hi, hi));
        }
        for (int from = 0; from < ranges.size(); from += 100) {
            List<String> chunk = ranges.subList(from, Math.min(ranges.size(), from + 100));
            cmap.append(chunk.size()).append(" beginbfrange\n").append(String.join("\n", chunk)).append("\nendbfrange\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream toUnicode = doc.getDocument().createCOSStream();
        try (var os = toUnicode.createOutputStream()) {
            os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        type0.setItem(COSName.TO_UNICODE, toUnicode);
        return type0;
    }
}
