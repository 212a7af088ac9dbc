package org.supervision.notification.reminder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the task events told us of an assignment, so a reminder can be worded without asking task-service. */
@Entity
@Table(name = "tracked_assignment")
public class TrackedAssignment {

    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "plan_title")
    public String planTitle;

    @Column(name = "measure_id")
    public UUID measureId;

    @Column(name = "measure_number")
    public String measureNumber;

    @Column(name = "measure_title")
    public String measureTitle;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "unit_name")
    public String unitName;

    public String role;

    public LocalDate deadline;

    @Column(nullable = false)
    public boolean open;

    /** The lifecycle state the last event named (ISSUED, ACCEPTED, …); null if none did yet. */
    public String state;

    /** task-service's warning sweep says the report for the cycle's last due date is missing. */
    @Column(name = "report_missing", nullable = false)
    public boolean reportMissing;

    /** Set for the work of a supervision item (督办事项), whose planId is the item's id; null for a plan's work. */
    @Column(name = "item_id")
    public UUID itemId;

    /** The item's source (LEADER_INSTRUCTION, HOTLINE_12345, INSPECTION, AUDIT, OTHER); null for a plan's work. */
    @Column(name = "item_source")
    public String itemSource;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
