package org.supervision.plan.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** The kinds of document an import reads, told apart by content first and file name second. */
public enum DocumentFormat {
    TEXT("txt"),
    DOCX("docx"),
    XLSX("xlsx"),
    CSV("csv"),
    PDF("pdf"),
    /** Word 97–2003 (OLE2, read through HWPF). */
    DOC("doc"),
    /** A WPS Office .wps saved in a Word format (OLE2 Word or OOXML inside); Kingsoft's own format is refused. */
    WPS("wps");

    private final String extension;

    DocumentFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Whether the file is a zip (OOXML) that ZipLimits must check before POI opens it. */
    boolean isZip(byte[] content) {
        return (this == DOCX || this == XLSX || this == WPS) && startsWith(content, 'P', 'K', 3, 4);
    }

    /**
     * The format of {@code document}, or null when it is none we read. A zip is .docx or .xlsx by
     * what it holds, whatever it is called; an OLE2 file is a .doc when it holds a Word document;
     * a PDF is told by its header; anything else is text unless it looks like an image or archive.
     *
     * @throws UnreadableDocumentException for a known format that is not readable as a plan, naming it
     */
    static DocumentFormat detect(SourceDocument document) {
        byte[] b = document.content();
        String name = document.fileName() == null ? "" : document.fileName().toLowerCase(Locale.ROOT);
        boolean wps = name.endsWith(".wps");
        if (startsWith(b, 'P', 'K', 3, 4)) {
            String head = new String(b, 0, Math.min(b.length, 64 * 1024), StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) {
                return wps ? WPS : DOCX;
            }
            if (head.contains("xl/")) {
                return XLSX;
            }
            return name.endsWith(".docx") ? DOCX : name.endsWith(".xlsx") ? XLSX : wps ? WPS : null;
        }
        if (isPdf(b)) {
            return PDF;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return ole2(b, name, wps);
        }
        if (wps) {
            throw new UnreadableDocumentException("document-format", "This .wps file is in Kingsoft WPS's own format, "
                    + "which is not Word-compatible. Save it from WPS Office as .docx (or .doc) and import that.");
        }
        if (isBinaryFormat(b)) {
            return null;
        }
        return name.endsWith(".csv") || "text/csv".equalsIgnoreCase(baseType(document.mediaType())) ? CSV : TEXT;
    }

    /** A %PDF header, which may follow a little junk (some generators write a BOM or a line first). */
    private static boolean isPdf(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static DocumentFormat ole2(byte[] b, String name, boolean wps) {
        DirectoryNode root;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return wps ? WPS : DOC;
            }
            String what = root.hasEntry("Workbook") || root.hasEntry("Book") ? "an Excel 97–2003 workbook (.xls); save it as .xlsx"
                    : root.hasEntry("PowerPoint Document") ? "a PowerPoint presentation; a plan is a document or a task table"
                    : wps ? "a .wps file in Kingsoft WPS's own format, which is not Word-compatible; save it from WPS Office as .docx or .doc"
                    : "an OLE2 compound file that holds no Word document";
            throw new UnreadableDocumentException("document-format", "This is " + what + ".");
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException("document-format", "The file looks like an old Office document (OLE2) "
                    + "but cannot be read: it is damaged.", e);
        }
    }

    /** Images, old Excel, gzip: formats a reviewer should convert first. */
    static boolean isBinaryFormat(byte[] b) {
        return startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')
                || startsWith(b, 0xD0, 0xCF, 0x11, 0xE0) || startsWith(b, 0x1F, 0x8B)
                || startsWith(b, 'B', 'M') && b.length > 26 && b[14] == 40
                || startsWith(b, 'R', 'I', 'F', 'F');
    }

    private static String baseType(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).strip();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
