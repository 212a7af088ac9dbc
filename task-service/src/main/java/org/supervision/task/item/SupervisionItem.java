package org.supervision.task.item;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.supervision.task.supervision.WorkSource;

/**
 * A supervision item (督办事项): work the office raises from no plan, on the strength of a basis document (a
 * leader's 批示件, a 12345 工单, an inspection or audit report). Its work is done in assignments, one per unit
 * it names, which carry the item's id as their plan and measure id; the units as created stay here, the
 * assignments say who has the work now (a dispute can move it to another unit).
 */
@Entity
@Table(name = "supervision_item")
public class SupervisionItem {

    @Id
    public UUID id;

    /** DB-&lt;year&gt;-&lt;running number&gt;: how units and the office refer to it (the measure number of its work). */
    @Column(nullable = false, unique = true)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkSource source;

    @Column(name = "basis_title", nullable = false)
    public String basisTitle;

    @Column(name = "basis_doc_number")
    public String basisDocNumber;

    @Column(name = "basis_date")
    public LocalDate basisDate;

    @Column(nullable = false)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String content;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lead_unit_codes", nullable = false)
    public List<String> leadUnitCodes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cooperating_unit_codes", nullable = false)
    public List<String> cooperatingUnitCodes = new ArrayList<>();

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
