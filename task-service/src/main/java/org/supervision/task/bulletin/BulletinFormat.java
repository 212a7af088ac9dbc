package org.supervision.task.bulletin;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.MediaType;

import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

/** The forms a bulletin is answered in: chosen by {@code format=}, else by the Accept header, else JSON. */
public enum BulletinFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public final String mediaType;
    public final String extension;

    BulletinFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static BulletinFormat choose(String format, List<MediaType> accepted) {
        if (format != null && !format.isBlank()) {
            try {
                return valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ProblemException(Problem.badRequest("Unknown format.",
                        List.of(new Problem.Violation("format", "one-of", "JSON, DOCX or XLSX, not '" + format + "'"))));
            }
        }
        for (MediaType m : accepted) {
            for (BulletinFormat f : values()) {
                if (!m.isWildcardType() && !m.isWildcardSubtype() && m.isCompatible(MediaType.valueOf(f.mediaType))) {
                    return f;
                }
            }
        }
        return JSON;
    }
}
