package org.supervision.task.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The work one unit owes on one measure of a published plan. */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "plan_title", nullable = false)
    public String planTitle;

    @Column(name = "measure_id", nullable = false)
    public UUID measureId;

    @Column(name = "measure_number", nullable = false)
    public String measureNumber;

    @Column(name = "measure_title", nullable = false)
    public String measureTitle;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentState state;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
