package org.supervision.task.plan;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published plan's header as its plan.published event told it (V13). */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "doc_number")
    public String docNumber;

    @Column(nullable = false)
    public int year;

    /** plan-service's published version, not this row's lock. */
    @Column(nullable = false)
    public int version;

    /** How many measure.published events the header announced; null when a v1 event carried the measures. */
    @Column(name = "measure_count")
    public Integer measureCount;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
