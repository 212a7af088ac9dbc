package org.supervision.task.review;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What 销号 requires in one plan (no row: nothing beyond the lifecycle's rules). */
@Entity
@Table(name = "completion_policy")
public class CompletionPolicy {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "require_evidence", nullable = false)
    public boolean requireEvidence;

    @Column(name = "require_targets_met", nullable = false)
    public boolean requireTargetsMet;

    @Version
    public long version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
