package org.supervision.plan.imports;

import java.util.Locale;

/** The kinds of document an import reads, told apart by content first and file name second. */
public enum DocumentFormat {
    TEXT("txt"),
    DOCX("docx"),
    XLSX("xlsx"),
    CSV("csv");

    private final String extension;

    DocumentFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format of {@code document}, or null when it is none we read. A zip is .docx or .xlsx by
     * what it holds, whatever it is called; anything else is text unless it looks like an image,
     * a PDF or an old binary Office file.
     */
    static DocumentFormat detect(SourceDocument document) {
        byte[] b = document.content();
        String name = document.fileName() == null ? "" : document.fileName().toLowerCase(Locale.ROOT);
        if (startsWith(b, 'P', 'K', 3, 4)) {
            String head = new String(b, 0, Math.min(b.length, 64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) {
                return DOCX;
            }
            if (head.contains("xl/")) {
                return XLSX;
            }
            return name.endsWith(".docx") ? DOCX : name.endsWith(".xlsx") ? XLSX : null;
        }
        if (isBinaryFormat(b)) {
            return null;
        }
        return name.endsWith(".csv") || "text/csv".equalsIgnoreCase(baseType(document.mediaType())) ? CSV : TEXT;
    }

    /** Images, PDF, old Word/Excel (OLE2), gzip: formats a reviewer should convert first. */
    static boolean isBinaryFormat(byte[] b) {
        return startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')
                || startsWith(b, '%', 'P', 'D', 'F') || startsWith(b, 0xD0, 0xCF, 0x11, 0xE0) || startsWith(b, 0x1F, 0x8B)
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
