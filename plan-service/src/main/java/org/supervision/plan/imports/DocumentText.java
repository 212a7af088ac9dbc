package org.supervision.plan.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.supervision.platform.api.StorableText;

/**
 * Reads a plan document into the plain text the parser reads: paragraphs one per line, and table
 * rows (of a .docx, .xlsx or .csv 任务分工表) one per line with their cells separated by tabs, which
 * is how the parser recognises a task table by its header names.
 */
public final class DocumentText {

    /** What was read, and how: the parser's input plus what the reader had to guess. */
    static final String ENCODING_GUESSED = "ENCODING_GUESSED";
    static final String NUL_LEFT_OUT = "NUL_LEFT_OUT";
    static final String LONE_SURROGATE_REPLACED = "LONE_SURROGATE_REPLACED";

    /** What the reviewer should know about how the file was read, as a warning of the draft. */
    public record Note(String code, String message) {
    }

    public record Read(String text, DocumentFormat format, List<Note> notes) {
    }

    static {
        // ZipLimits refuses bombs before POI opens a file; POI's own guard stays as a second line
        ZipSecureFile.setMinInflateRatio(1.0 / ZipLimits.MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(ZipLimits.MAX_UNPACKED_BYTES);
    }

    private DocumentText() {
    }

    public static Read read(SourceDocument document) {
        if (document.content().length == 0) {
            throw new UnreadableDocumentException("not-empty", "The document is empty.");
        }
        DocumentFormat format = DocumentFormat.detect(document);
        if (format == null) {
            throw new UnreadableDocumentException("document-format",
                    "This is not a document an import reads (an image, a PDF, an old .doc/.xls or an archive?). "
                            + "Send UTF-8 text, .docx, .xlsx or .csv.");
        }
        if (format == DocumentFormat.DOCX || format == DocumentFormat.XLSX) {
            ZipLimits.check(document.content(), format);
        }
        List<Note> notes = new ArrayList<>();
        String text = switch (format) {
            case TEXT -> decode(document.content(), document.mediaType(), notes);
            case CSV -> csv(decode(document.content(), document.mediaType(), notes));
            case DOCX -> docx(document.content());
            case XLSX -> xlsx(document.content());
        };
        // U+0000 means nothing in a plan (a broken conversion, an xlsx _x0000_) and PostgreSQL text cannot hold it
        long nul = text.chars().filter(c -> c == 0).count();
        if (nul > 0) {
            text = text.replace("\u0000", "");
            notes.add(new Note(NUL_LEFT_OUT, "The text held " + nul + " NUL character(s) (U+0000); they were left out."));
        }
        // half a surrogate pair (an xlsx _xD800_, a broken UTF-16 export) cannot be stored as sent; a document is not a
        // typed field to refuse, so it reads on with U+FFFD where the half was, as a decoder would
        int half = StorableText.loneSurrogateAt(text, 0);
        if (half >= 0) {
            StringBuilder whole = new StringBuilder(text);
            int halves = 0;
            for (; half >= 0; half = StorableText.loneSurrogateAt(text, half + 1)) {
                whole.setCharAt(half, '\uFFFD');
                halves++;
            }
            text = whole.toString();
            notes.add(new Note(LONE_SURROGATE_REPLACED, "The text held " + halves + " half surrogate pair(s) (U+D800 to U+DFFF "
                    + "alone), which no text can store; each was replaced by U+FFFD (�)."));
        }
        return new Read(text, format, notes);
    }

    /**
     * UTF-8 (with or without BOM) unless the client named another charset; text that is not valid
     * UTF-8 is read as GB18030, the superset of GBK in which Chinese offices still save files.
     */
    static String decode(byte[] bytes, String mediaType, List<Note> notes) {
        Charset declared = declaredCharset(mediaType);
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, start, bytes.length - start, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            notes.add(new Note(ENCODING_GUESSED, "The text is not valid UTF-8; it was read as GB18030 (GBK)."));
            return new String(bytes, start, bytes.length - start, Charset.forName("GB18030"));
        }
    }

    private static Charset declaredCharset(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        for (String part : mediaType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase().startsWith("charset=")) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", "").strip());
                } catch (RuntimeException e) {
                    return null; // an unknown charset name: fall back to detection
                }
            }
        }
        return null;
    }

    static String docx(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText());
                        }
                        out.append(tableLine(cells)).append('\n');
                    }
                }
            }
            return out.toString();
        } catch (IOException | POIXMLException | IllegalStateException | IllegalArgumentException e) {
            throw new UnreadableDocumentException("document-format", "The .docx file cannot be read: it is damaged or not a Word document.", e);
        }
    }

    static String xlsx(byte[] bytes) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            StringBuilder out = new StringBuilder();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    out.append(tableLine(cells)).append('\n');
                }
            }
            return out.toString();
        } catch (IOException | POIXMLException | IllegalStateException | IllegalArgumentException e) {
            throw new UnreadableDocumentException("document-format", "The .xlsx file cannot be read: it is damaged or not an Excel workbook.", e);
        }
    }

    /** RFC 4180 CSV (quotes, doubled quotes, line breaks in cells); comma, semicolon or tab separated. */
    static String csv(String text) {
        char sep = separator(text);
        StringBuilder out = new StringBuilder();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == sep) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                out.append(tableLine(cells)).append('\n');
                cells.clear();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            out.append(tableLine(cells)).append('\n');
        }
        return out.toString();
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int commas = count(first, ',') + count(first, '，');
        int tabs = count(first, '\t');
        int semis = count(first, ';');
        return tabs > commas && tabs >= semis ? '\t' : semis > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** One table row as one line: a cell's own line breaks and tabs become spaces. */
    private static String tableLine(List<String> cells) {
        List<String> clean = new ArrayList<>(cells.size());
        for (String c : cells) {
            clean.add(c == null ? "" : c.replaceAll("[\\t\\r\\n]+", " ").strip());
        }
        int last = clean.size();
        while (last > 0 && clean.get(last - 1).isEmpty()) {
            last--;
        }
        return String.join("\t", clean.subList(0, last));
    }
}
