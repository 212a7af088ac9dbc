package org.supervision.task.progress;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 进展报送: what a unit reports on its assignment. A lead unit's consolidated report speaks for the measure. */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

    /** A figure against one of the measure's targets (e.g. 企业开办时间 0.5 个工作日). */
    public record Figure(String metric, BigDecimal value, String unit) {
    }

    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Column(nullable = false)
    public int percent;

    @Column(nullable = false)
    public String narrative;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Figure> figures = new ArrayList<>();

    @Column(nullable = false)
    public boolean consolidated;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public OffsetDateTime reportedAt;
}
