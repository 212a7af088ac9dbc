package org.supervision.task.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A file a unit attached to its assignment as evidence (佐证材料), without its bytes: those are in
 * {@link EvidenceContent}, so that listing never reads them. Never changed once stored.
 */
@Entity
@Immutable
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    /** As the content was identified by this service, not as the client declared it. */
    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** Lower-case hex; the same content uploaded again to the same assignment finds this record. */
    @Column(nullable = false)
    public String sha256;

    public String note;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;
}
