package org.supervision.plan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One numbered measure (措施) of a plan, or a sub-item (1)(2) of one when it has a parent, with
 * the units responsible for it, its deadline and its quantified targets.
 */
@Entity
@Table(name = "measure")
public class Measure {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Measure parent;

    /** Order in the document, over measures and sub-items alike. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String number;

    /** Section headings above the measure, as written (一、… then （一）…). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> path = new ArrayList<>();

    /** The heading sentence. */
    @Column(nullable = false)
    public String title;

    /** The whole measure as written, without its number and unit block. */
    @Column(nullable = false)
    public String text;

    public LocalDate deadline;

    @Column(name = "deadline_text")
    public String deadlineText;

    /** Where an imported measure stands in the original file (page 3, paragraph 41, sheet 分工 row 7); null when typed in. */
    @Column(name = "source_location")
    public String sourceLocation;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<MeasureTarget> targets = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureStatus status = MeasureStatus.ACTIVE;

    @ElementCollection
    @CollectionTable(name = "measure_unit", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    public List<ResponsibleUnit> units = new ArrayList<>();

    /**
     * Lead units the import suggests where the measure names none: only in the import's answer,
     * never stored and never an assignment.
     */
    @Transient
    public List<SuggestedUnit> suggestedLeadUnits = List.of();

    public boolean isActive() {
        return status == MeasureStatus.ACTIVE;
    }
}
