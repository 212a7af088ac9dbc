package org.supervision.plan.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Keeps and finds the original files of imported plans. */
@ApplicationScoped
public class PlanSources {

    /** A media type as a client may declare it, safe to send back in a Content-Type header. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]{1,60}/[\\w.+-]{1,100}(\\s*;\\s*charset=[\\w.:-]{1,40})?");

    private final EntityManager em;

    public PlanSources(EntityManager em) {
        this.em = em;
    }

    /** Stores {@code document} as the source of plan {@code planId}; joins the caller's transaction. */
    void keep(UUID planId, SourceDocument document, DocumentFormat format, OffsetDateTime now) {
        PlanSource source = new PlanSource();
        source.planId = planId;
        source.fileName = PlanDrafts.clip(document.fileName(), 300);
        source.mediaType = mediaType(document.mediaType(), format);
        source.format = format.extension();
        source.sizeBytes = document.content().length;
        source.sha256 = sha256(document.content());
        source.content = document.content();
        source.createdAt = now;
        em.persist(source);
    }

    public PlanSource find(UUID planId) {
        return em.find(PlanSource.class, planId);
    }

    /** The declared type unless it says nothing (octet-stream) or is no media type; else the format's own. */
    static String mediaType(String declared, DocumentFormat format) {
        String d = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT);
        if (!d.isEmpty() && !d.startsWith("application/octet-stream") && !d.startsWith("multipart/")
                && MEDIA_TYPE.matcher(d).matches()) {
            return d;
        }
        return switch (format) {
            case TEXT -> "text/plain; charset=utf-8";
            case CSV -> "text/csv";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case PDF -> "application/pdf";
            case DOC -> "application/msword";
            case WPS -> "application/vnd.ms-works";
        };
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A file name for Content-Disposition: the original, or the plan's id with the format's extension. */
    static String downloadName(PlanSource source) {
        String name = source.fileName == null || source.fileName.isBlank() ? "plan-" + source.planId + "." + source.format
                : source.fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
