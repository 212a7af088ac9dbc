package org.supervision.plan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One numbered measure (措施) of a plan, with the units responsible for it. */
@Entity
@Table(name = "measure")
public class Measure {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String title;

    public LocalDate deadline;

    @ElementCollection
    @CollectionTable(name = "measure_unit", joinColumns = @JoinColumn(name = "measure_id"))
    public List<ResponsibleUnit> units = new ArrayList<>();
}
