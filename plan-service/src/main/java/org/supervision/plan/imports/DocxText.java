package org.supervision.plan.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Reads a .docx as Word shows it: list numbers ({@code w:numPr}) rendered into the text, since a
 * plan numbered by Word's lists has no 一、 or （一） in its paragraphs; headings found by style
 * (标题 1, Heading 2) or outline level and numbered when they carry no number, since the parser
 * knows sections by their numbers; the title paragraph (style 标题/Title) taken as the plan's title;
 * tables laid out with their merged cells ({@link TableGrid}). Text boxes and footnotes are not
 * part of the plan's body and are left out, with a warning.
 */
final class DocxText {

    static final String TEXT_BOX_IGNORED = "TEXT_BOX_IGNORED";
    static final String FOOTNOTES_IGNORED = "FOOTNOTES_IGNORED";

    private static final String[] HEADING_LABELS = {"%s、", "（%s）"};

    private final XWPFDocument doc;
    private final WordNumbering numbering;
    private final SourceLines out = new SourceLines();
    private final List<DocumentText.Note> notes;
    private final Map<String, CTStyle> styles = new HashMap<>();
    private final int[] headingCounters = new int[9];
    private String title;
    private int paragraphNo;
    private int tableNo;
    private int textBoxes;
    private int footnoteRefs;

    private DocxText(XWPFDocument doc, List<DocumentText.Note> notes) {
        this.doc = doc;
        this.notes = notes;
        this.numbering = new WordNumbering(doc.getNumbering());
        XWPFStyles all = doc.getStyles();
        if (all != null) {
            for (CTStyle s : all.getCtStyles().getStyleArray()) {
                if (s.getStyleId() != null) {
                    styles.put(s.getStyleId(), s);
                }
            }
        }
    }

    static DocumentText.Read read(byte[] bytes, DocumentFormat format, List<DocumentText.Note> notes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxText reader = new DocxText(doc, notes);
            reader.body();
            return new DocumentText.Read(reader.out.text(), format, notes, reader.title, reader.out.locations());
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalStateException | IllegalArgumentException
                 | ClassCastException | IndexOutOfBoundsException | NullPointerException e) {
            throw new UnreadableDocumentException("document-format", "The ." + format.extension() + " file cannot be read: it is damaged or not a Word document.", e);
        }
    }

    private void body() {
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                paragraph(p);
            } else if (element instanceof XWPFTable t) {
                table(t);
            } else if (element instanceof XWPFSDT sdt) {
                out.add(sdt.getContent().getText(), "paragraph " + (++paragraphNo));
            }
        }
        int footnotes = 0;
        for (XWPFFootnote f : doc.getFootnotes()) {
            if (f.getParagraphs().stream().anyMatch(p -> !p.getText().isBlank())) {
                footnotes++;
            }
        }
        if (textBoxes > 0) {
            notes.add(new DocumentText.Note(TEXT_BOX_IGNORED, textBoxes + " paragraph(s) hold text boxes; text in text "
                    + "boxes (a stamp, a margin note) is not part of the plan's body and was left out. Check them in the original."));
        }
        if (footnotes > 0 || footnoteRefs > 0) {
            notes.add(new DocumentText.Note(FOOTNOTES_IGNORED, "The document has footnotes or endnotes; they were left "
                    + "out of the measures. Check them in the original."));
        }
    }

    private void paragraph(XWPFParagraph p) {
        paragraphNo++;
        String xml = p.getCTP().xmlText();
        if (xml.contains("txbxContent")) {
            textBoxes++;
        }
        if (xml.contains("footnoteReference") || xml.contains("endnoteReference")) {
            footnoteRefs++;
        }
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            text.append(run.text());
        }
        String body = text.toString().replace('\u000B', '\n');
        String location = "paragraph " + paragraphNo;
        if (title == null && isTitle(p) && !body.isBlank()) {
            title = body.strip().replaceAll("\\s*\\n\\s*", "");
            out.add(body, location);
            return;
        }
        String label = label(p);
        int outline = label.isEmpty() ? outlineLevel(p) : -1;
        if (outline >= 0 && outline < headingCounters.length && !body.isBlank()) {
            headingCounters[outline]++;
            java.util.Arrays.fill(headingCounters, outline + 1, headingCounters.length, 0);
            if (outline < HEADING_LABELS.length && !startsWithNumber(body)) {
                label = String.format(HEADING_LABELS[outline], ListLabels.format(headingCounters[outline], "chineseCounting"));
            }
        }
        if (label.matches(".*\\d[.．]$") && !body.isEmpty() && Character.isDigit(body.charAt(0))) {
            label = label + " "; // 1. 2024年… must not read as 1.2024
        }
        out.add(label + body, location);
    }

    private static boolean startsWithNumber(String text) {
        return TextNormaliser.parseForm(text.strip()).matches("^(第?[一二三四五六七八九十]+[、.,部章]|\\(?[一二三四五六七八九十\\d]+[)、.]).*");
    }

    /** The list label Word shows before this paragraph (numbering of the paragraph, or of its style). */
    private String label(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().getPPr();
        CTNumPr numPr = ppr != null && ppr.isSetNumPr() ? ppr.getNumPr() : null;
        BigInteger numId = numPr != null && numPr.isSetNumId() ? numPr.getNumId().getVal() : null;
        BigInteger ilvl = numPr != null && numPr.isSetIlvl() ? numPr.getIlvl().getVal() : null;
        for (CTStyle s = style(p.getStyleID()); (numId == null || ilvl == null) && s != null; s = basedOn(s)) {
            CTPPrGeneral sp = s.getPPr();
            if (sp != null && sp.isSetNumPr()) {
                if (numId == null && sp.getNumPr().isSetNumId()) {
                    numId = sp.getNumPr().getNumId().getVal();
                }
                if (ilvl == null && sp.getNumPr().isSetIlvl()) {
                    ilvl = sp.getNumPr().getIlvl().getVal();
                }
            }
        }
        return numId == null ? "" : numbering.next(numId, ilvl == null ? 0 : ilvl.intValue());
    }

    /** 0 for 标题 1 / Heading 1 or outline level 1, …; -1 for body text. */
    private int outlineLevel(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.isSetOutlineLvl()) {
            int level = ppr.getOutlineLvl().getVal().intValue();
            return level >= 9 ? -1 : level;
        }
        for (CTStyle s = style(p.getStyleID()); s != null; s = basedOn(s)) {
            if (s.getPPr() != null && s.getPPr().isSetOutlineLvl()) {
                int level = s.getPPr().getOutlineLvl().getVal().intValue();
                return level >= 9 ? -1 : level;
            }
            String name = s.getName() == null ? "" : s.getName().getVal().toLowerCase(Locale.ROOT).replace(" ", "");
            if (name.matches("(heading|标题)[1-9]")) {
                return name.charAt(name.length() - 1) - '1';
            }
        }
        return -1;
    }

    private boolean isTitle(XWPFParagraph p) {
        CTStyle s = style(p.getStyleID());
        if (s == null) {
            return "Title".equalsIgnoreCase(p.getStyleID());
        }
        String name = s.getName() == null ? "" : s.getName().getVal().toLowerCase(Locale.ROOT).strip();
        return name.equals("title") || name.equals("标题") || "Title".equalsIgnoreCase(s.getStyleId());
    }

    private CTStyle style(String id) {
        return id == null ? null : styles.get(id);
    }

    private CTStyle basedOn(CTStyle s) {
        CTStyle parent = s.getBasedOn() == null ? null : styles.get(s.getBasedOn().getVal());
        return parent == s ? null : parent;
    }

    /** A Word table with its merged cells laid out: gridSpan across, vMerge down. */
    private void table(XWPFTable t) {
        tableNo++;
        List<String[]> rows = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        List<String> above = null;
        for (int r = 0; r < t.getRows().size(); r++) {
            XWPFTableRow row = t.getRow(r);
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
                boolean continues = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || "continue".equals(pr.getVMerge().getVal().toString()));
                int at = cells.size();
                String text = continues && above != null && at < above.size() ? above.get(at) : cell.getText();
                cells.add(text);
                for (int s = 1; s < span; s++) {
                    cells.add(null);
                }
            }
            rows.add(cells.toArray(new String[0]));
            locations.add("table " + tableNo + " row " + (r + 1));
            above = cells;
        }
        new TableGrid(rows, locations).write(out);
    }
}
