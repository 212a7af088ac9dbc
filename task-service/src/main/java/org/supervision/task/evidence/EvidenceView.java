package org.supervision.task.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An evidence file as the API lists it, without its bytes; {@code sha256} is also the download's ETag. */
public record EvidenceView(UUID id, UUID assignmentId, String fileName, String mediaType, long sizeBytes, String sha256,
                           String note, String uploadedBy, OffsetDateTime uploadedAt) {

    public static EvidenceView of(EvidenceFile f) {
        return new EvidenceView(f.id, f.assignmentId, f.fileName, f.mediaType, f.sizeBytes, f.sha256, f.note, f.uploadedBy,
                f.uploadedAt);
    }
}
