package org.supervision.plan.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.supervision.platform.api.StorableText;

/**
 * Reads a plan document into the plain text the parser reads, whatever its format: paragraphs one
 * per line (list numbers as Word shows them, PDF lines joined back into paragraphs), and table rows
 * (of a .docx, .xlsx or .csv 任务分工表) one per line with their cells separated by tabs, which is
 * how the parser recognises a task table by its header names. Every format then goes through the
 * same parser and warnings; each line keeps where it came from in the file (page, paragraph, row).
 */
public final class DocumentText {

    /** What was read, and how: the parser's input plus what the reader had to guess. */
    static final String ENCODING_GUESSED = "ENCODING_GUESSED";
    static final String NUL_LEFT_OUT = "NUL_LEFT_OUT";
    static final String LONE_SURROGATE_REPLACED = "LONE_SURROGATE_REPLACED";

    /** What the reviewer should know about how the file was read, as a warning of the draft. */
    public record Note(String code, String message) {
    }

    /**
     * The text to parse, the format it was read from, notes for the reviewer, the plan's title when
     * the file marks it (a Word title paragraph), and for each line of {@code text} where it came
     * from in the file (null for plain text, whose line numbers are the location).
     */
    public record Read(String text, DocumentFormat format, List<Note> notes, String title, List<String> locations) {

        public Read(String text, DocumentFormat format, List<Note> notes) {
            this(text, format, notes, null, null);
        }

        /** Where line {@code line} (1-based) came from; null when unknown. */
        public String locationOf(Integer line) {
            if (line == null || line < 1) {
                return null;
            }
            if (locations == null) {
                return "line " + line;
            }
            return line <= locations.size() ? locations.get(line - 1) : null;
        }
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
                    "This is not a document an import reads (an image or an archive?). "
                            + "Send UTF-8 text, .docx, .doc, .wps (Word-compatible), .pdf (with a text layer), .xlsx or .csv.");
        }
        if (format.isZip(document.content())) {
            ZipLimits.check(document.content(), format);
        }
        List<Note> notes = new ArrayList<>();
        Read read = switch (format) {
            case TEXT -> new Read(decode(document.content(), document.mediaType(), notes), format, notes);
            case CSV -> csv(decode(document.content(), document.mediaType(), notes), notes);
            case DOCX -> DocxText.read(document.content(), format, notes);
            case WPS -> format.isZip(document.content()) ? DocxText.read(document.content(), format, notes)
                    : DocText.read(document.content(), format, notes);
            case DOC -> DocText.read(document.content(), format, notes);
            case XLSX -> XlsxText.read(document.content(), notes);
            case PDF -> PdfText.read(document.content(), notes);
        };
        String text = read.text();
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
        String title = read.title() == null ? null : read.title().replace("\u0000", "");
        return new Read(text, format, notes, title, read.locations());
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

    /** RFC 4180 CSV (quotes, doubled quotes, line breaks in cells); comma, semicolon or tab separated. */
    static Read csv(String text, List<Note> notes) {
        List<String[]> rows = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (List<String> row : csvRows(text)) {
            rows.add(row.toArray(new String[0]));
            locations.add("row " + (rows.size()));
        }
        SourceLines out = new SourceLines();
        new TableGrid(rows, locations).write(out);
        return new Read(out.text(), DocumentFormat.CSV, notes, null, out.locations());
    }

    static List<List<String>> csvRows(String text) {
        char sep = separator(text);
        List<List<String>> out = new ArrayList<>();
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
                out.add(new ArrayList<>(cells));
                cells.clear();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            out.add(new ArrayList<>(cells));
        }
        return out;
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
}
