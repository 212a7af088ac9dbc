package org.supervision.task.supervision;

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

import org.supervision.contracts.reporting.ReportingCycleChanged;

/** A plan's reporting cycle (报送周期) and the windows of its last two due dates, kept by the sweep. */
@Entity
@Table(name = "reporting_cycle")
public class ReportingCycle {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Frequency frequency;

    @Column(name = "due_day", nullable = false)
    public int dueDay;

    /** The last due date that has passed (moved to the next working day when it falls on a day off). */
    @Column(name = "last_due")
    public LocalDate lastDue;

    @Column(name = "last_due_end")
    public OffsetDateTime lastDueEnd;

    @Column(name = "prev_due_end")
    public OffsetDateTime prevDueEnd;

    @Version
    public long version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** This cycle, as just set, as the contracts' {@value ReportingCycleChanged#TYPE} data. */
    ReportingCycleChanged set(LocalDate nextDue) {
        return new ReportingCycleChanged(planId, "SET", frequency.name(), dueDay, version, nextDue, updatedBy, updatedAt);
    }

    /** The removal of a plan's cycle as {@value ReportingCycleChanged#TYPE} data; {@code version} is past the last setting's. */
    static ReportingCycleChanged removed(UUID planId, long version, String by, OffsetDateTime at) {
        return new ReportingCycleChanged(planId, "REMOVED", null, null, version, null, by, at);
    }
}
