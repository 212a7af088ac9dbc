package org.supervision.plan.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text layer (Apache PDFBox) back into paragraphs. A PDF keeps lines, not
 * paragraphs: a line that reaches the right margin goes on in the next line unless that one is
 * indented (a new paragraph of a 公文 starts two characters in), across page breaks too, and the
 * pieces are joined without a space, since Chinese has none. Page numbers (— 1 —, -1-, 第1页) and
 * running heads (a line repeated at the top or bottom of most pages) are dropped. A PDF without
 * text (a scan) is refused: its text would have to be recognised first.
 */
final class PdfText {

    static final int MAX_PAGES = 2_000;
    /** Memory PDFBox may use for the document's streams; a PDF plan needs a few MB. */
    private static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[—－\\-–_~·\\s]*\\d{1,4}[—－\\-–_~·\\s]*$|^第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?$"
                    + "|^\\d{1,4}\\s*/\\s*\\d{1,4}$|^(page|Page|PAGE)\\s*\\d{1,4}(\\s*of\\s*\\d{1,4})?$");
    private static final Pattern NEW_ITEM = Pattern.compile(
            "^(第?[一二三四五六七八九十]{1,3}[、.．部章]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,3}[.．、](?!\\d)|附件)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern CJK_GAP = Pattern.compile("(?<=[\\p{IsHan}，。、；：！？（）《》“”])\\s+(?=[\\p{IsHan}，。、；：！？（）《》“”])");

    /** One line as laid out: its text, where it starts and ends on the page, and its characters' width. */
    record PdfLine(String text, float left, float right, float charWidth) {
    }

    private PdfText() {
    }

    static DocumentText.Read read(byte[] bytes, List<DocumentText.Note> notes) {
        List<List<PdfLine>> pages;
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_BYTES).streamCache)) {
            if (doc.getNumberOfPages() > MAX_PAGES) {
                throw new UnreadableDocumentException("document-too-large", "The PDF has " + doc.getNumberOfPages()
                        + " pages; a plan has far fewer than " + MAX_PAGES + ". Nothing was stored.");
            }
            Lines stripper = new Lines();
            stripper.collect(doc);
            pages = stripper.pages;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("encrypted", "The PDF is protected by a password; send it without one.", e);
        } catch (IOException | IllegalStateException | IllegalArgumentException | ClassCastException | IndexOutOfBoundsException
                 | NullPointerException | UnsupportedOperationException e) {
            throw new UnreadableDocumentException("document-format", "The PDF file cannot be read: it is damaged or not a PDF.", e);
        }
        if (pages.stream().flatMap(List::stream).allMatch(l -> l.text().isBlank())) {
            throw new UnreadableDocumentException("no-text-layer", "The PDF has no text layer (a scanned document): "
                    + "its pages are images. Run text recognition (OCR) on it, or send the original Word document.");
        }
        SourceLines out = new SourceLines();
        for (Paragraph p : paragraphs(pages)) {
            out.add(p.text(), "page " + p.page());
        }
        return new DocumentText.Read(out.text(), DocumentFormat.PDF, notes, null, out.locations());
    }

    record Paragraph(String text, int page) {
    }

    /** The pages' lines without page numbers and running heads, joined into paragraphs. */
    static List<Paragraph> paragraphs(List<List<PdfLine>> pages) {
        List<List<PdfLine>> body = withoutPageFurniture(pages);
        float left = Float.MAX_VALUE;
        float right = 0;
        for (List<PdfLine> page : body) {
            for (PdfLine l : page) {
                left = Math.min(left, l.left());
                right = Math.max(right, l.right());
            }
        }
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = null;
        int currentPage = 0;
        PdfLine previous = null;
        for (int p = 0; p < body.size(); p++) {
            for (PdfLine line : body.get(p)) {
                String text = CJK_GAP.matcher(line.text().strip()).replaceAll("");
                if (text.isEmpty()) {
                    continue;
                }
                if (current != null && continues(previous, line, text, left, right)) {
                    char last = current.charAt(current.length() - 1);
                    // Latin text wraps at a space the PDF does not keep; Chinese wraps anywhere, even inside 2024
                    if (isLetter(last) && isLetter(text.charAt(0)) && !HAN.matcher(previous.text()).find()) {
                        current.append(' ');
                    }
                    current.append(text);
                } else {
                    if (current != null) {
                        out.add(new Paragraph(current.toString(), currentPage));
                    }
                    current = new StringBuilder(text);
                    currentPage = p + 1;
                }
                previous = line;
            }
        }
        if (current != null) {
            out.add(new Paragraph(current.toString(), currentPage));
        }
        return out;
    }

    /** Whether {@code next} goes on with {@code previous}: the previous line is full and the next is not indented nor a new item. */
    private static boolean continues(PdfLine previous, PdfLine next, String text, float left, float right) {
        float w = Math.max(previous.charWidth(), 1f);
        boolean full = previous.right() >= right - 1.5f * w;
        boolean indented = next.left() > left + 1.2f * Math.max(next.charWidth(), 1f);
        if (!full || indented) {
            return false;
        }
        String end = previous.text().strip();
        boolean ended = !end.isEmpty() && "。；;：:！？!?".indexOf(end.charAt(end.length() - 1)) >= 0;
        return !(ended && NEW_ITEM.matcher(TextNormaliser.parseForm(text)).find());
    }

    private static boolean isLetter(char c) {
        return c < 0x2E80 && Character.isLetter(c);
    }

    /**
     * Drops page numbers (among a page's first and last two lines) and running heads: a line among
     * a page's first or last two that, digits aside, repeats on half the pages or more (three at least).
     */
    static List<List<PdfLine>> withoutPageFurniture(List<List<PdfLine>> pages) {
        Map<String, Integer> repeats = new HashMap<>();
        for (List<PdfLine> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                if (i < 2 || i >= page.size() - 2) {
                    repeats.merge(furnitureKey(page.get(i).text()), 1, Integer::sum);
                }
            }
        }
        int often = Math.max(3, (pages.size() + 1) / 2);
        List<List<PdfLine>> out = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            List<PdfLine> kept = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                String t = page.get(i).text().strip();
                boolean edge = i < 2 || i >= page.size() - 2;
                if (edge && (PAGE_NUMBER.matcher(t).matches() || repeats.getOrDefault(furnitureKey(t), 0) >= often
                        && pages.size() >= often)) {
                    continue;
                }
                kept.add(page.get(i));
            }
            out.add(kept);
        }
        return out;
    }

    private static String furnitureKey(String line) {
        return line.strip().replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }

    /** Collects each page's lines with where they start and end. */
    private static final class Lines extends PDFTextStripper {

        final List<List<PdfLine>> pages = new ArrayList<>();
        private StringBuilder text = new StringBuilder();
        private float left = Float.MAX_VALUE;
        private float right = 0;
        private int chars;
        private long total;

        Lines() throws IOException {
            setSortByPosition(true);
            setSuppressDuplicateOverlappingText(true);
        }

        void collect(PDDocument doc) throws IOException {
            writeText(doc, new StringWriter());
        }

        @Override
        protected void startPage(PDPage page) {
            pages.add(new ArrayList<>());
        }

        @Override
        protected void endPage(PDPage page) {
            flush();
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            text.append(s);
            for (TextPosition p : positions) {
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                chars++;
            }
            total += s.length();
            if (total > PlanDocumentParser.MAX_CHARS) {
                throw new UnreadableDocumentException("document-too-large", "The PDF holds more than "
                        + PlanDocumentParser.MAX_CHARS + " characters of text; a plan is far shorter. Nothing was stored.");
            }
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        private void flush() {
            if (!text.isEmpty() && !pages.isEmpty()) {
                float width = chars == 0 ? 0 : (right - left) / chars;
                pages.get(pages.size() - 1).add(new PdfLine(text.toString(), left, right, width));
            }
            text = new StringBuilder();
            left = Float.MAX_VALUE;
            right = 0;
            chars = 0;
        }
    }
}
