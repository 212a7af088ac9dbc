package org.supervision.task.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file accepted as evidence, each with the extensions it may carry and its media type. */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    ZIP("application/zip", "zip"),
    TXT("text/plain", "txt");

    final String mediaType;
    final List<String> extensions;

    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** The kind a file name claims by its last extension, if it is one we accept. */
    static Optional<FileKind> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.extensions.contains(extension)).findFirst();
    }

    static String allowedExtensions() {
        return String.join(", ", Arrays.stream(values()).flatMap(k -> k.extensions.stream()).toList());
    }
}
