package org.supervision.task.review;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One setting of a plan's completion policy: the policy's audit trail (the database refuses changes to it). */
@Entity
@Immutable
@Table(name = "completion_policy_change")
public class CompletionPolicyChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public long version;

    @Column(name = "require_evidence", nullable = false)
    public boolean requireEvidence;

    @Column(name = "require_targets_met", nullable = false)
    public boolean requireTargetsMet;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
