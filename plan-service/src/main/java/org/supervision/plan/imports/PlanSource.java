package org.supervision.plan.imports;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The file a draft was imported from, kept as sent: the 公文 is the record, and a reviewer checks
 * each measure against it (a measure's {@code sourceLocation} says where). One per imported plan.
 */
@Entity
@Table(name = "plan_source")
public class PlanSource {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public String format;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
