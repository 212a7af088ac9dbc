package org.supervision.task.evidence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The bytes of one evidence file, read only when it is downloaded. */
@Entity
@Immutable
@Table(name = "evidence_content")
public class EvidenceContent {

    @Id
    @Column(name = "file_id")
    public UUID fileId;

    @Column(nullable = false)
    public byte[] content;
}
