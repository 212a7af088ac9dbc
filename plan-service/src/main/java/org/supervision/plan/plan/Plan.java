package org.supervision.plan.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An action plan (实施方案, 工作要点...) with its numbered measures. A plan starts as a DRAFT
 * (imported or typed in), is reviewed, and is published; {@code version} is the ETag clients
 * send back in If-Match.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "doc_number")
    public String docNumber;

    public String issuer;

    /** The region it was issued in (its code): its names resolve there first, then in its parents. */
    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(nullable = false)
    public int year;

    /** Deadline of a measure that names none; the end of the plan's year unless set. */
    @Column(name = "default_deadline")
    public LocalDate defaultDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Version
    public long version;

    /** How many times it was published (each publish freezes a version for task-service). */
    @Column(name = "published_version", nullable = false)
    public int publishedVersion;

    @Column(name = "source_format")
    public String sourceFormat;

    @Column(name = "source_name")
    public String sourceName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlanWarning> warnings = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** Every measure and sub-item, in document order; sub-items have a parent. */
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Measure> measures = new ArrayList<>();

    public LocalDate effectiveDefaultDeadline() {
        return defaultDeadline != null ? defaultDeadline : LocalDate.of(year, 12, 31);
    }

    public int nextPosition() {
        return measures.stream().mapToInt(m -> m.position + 1).max().orElse(0);
    }
}
