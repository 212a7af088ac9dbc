package org.supervision.task.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.contracts.assignment.AssignmentIssued;
import org.supervision.task.audit.Audited;
import org.supervision.task.supervision.WarningLevel;
import org.supervision.task.supervision.WarningPolicy;
import org.supervision.task.supervision.WorkSource;

/**
 * The work one unit owes on one measure of a published plan. Its warning lives in a narrow table of
 * its own (V8) so that the sweep's mass updates do not rewrite the assignment row and its indexes.
 * Every assignment has its warning row; the join stays an outer one because PostgreSQL drops an
 * outer join on a unique key that a query does not use (a count of a unit's assignments, say).
 */
@Entity
@Table(name = "assignment")
@SecondaryTable(name = Assignment.WARNING, pkJoinColumns = @PrimaryKeyJoinColumn(name = "assignment_id"))
public class Assignment implements Audited {

    static final String WARNING = "assignment_warning";

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

    @Column(name = "deadline_text")
    public String deadlineText;

    @Column(name = "parent_measure_id")
    public UUID parentMeasureId;

    /** The section the measure sits in (the last heading of its path), for filters and statistics. */
    public String section;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> path = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<MeasureTarget> targets = new ArrayList<>();

    /**
     * Set when this unit took the work over after a dispute: the unit the plan names, for which it stands
     * in when the measure changes (the plan still names that unit, never this one).
     */
    @Column(name = "reassigned_from_unit_id")
    public UUID reassignedFromUnitId;

    /** The unit the plan names for this work: this one, or the one it took the work over from. */
    public UUID planUnitId() {
        return reassignedFromUnitId != null ? reassignedFromUnitId : unitId;
    }

    /**
     * Where the work comes from: PLAN, or the source of the supervision item (督办事项) it is the work of. An item is
     * its own plan of one measure: planId and measureId are the item's id (see item.Items).
     */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkSource source = WorkSource.PLAN;

    /** The supervision item this is the work of; null for the work of a plan. */
    @Column(name = "item_id")
    public UUID itemId;

    /** Set when the unit was named through a group (各县区人民政府). */
    @Column(name = "group_id")
    public UUID groupId;

    /** Named when the unit signs for it (签收). */
    @Column(name = "person_in_charge")
    public String personInCharge;

    public String phone;

    /** The department inside the unit that handles the work, once the officer handed it on (转办). */
    @Column(name = "handling_department")
    public String handlingDepartment;

    /** The date of the re-inspection (复核) a completion was accepted subject to, while it is pending. */
    @Column(name = "review_at")
    public LocalDate reviewAt;

    @Column(name = "progress_percent", nullable = false)
    public int progressPercent;

    /** Kept current by the warning sweep and after every change; see WarningPolicy. */
    @Enumerated(EnumType.STRING)
    @Column(table = WARNING, name = "warning_level", nullable = false)
    public WarningLevel warningLevel = WarningLevel.GREEN;

    /** No report for the plan's last passed reporting due date. */
    @Column(table = WARNING, name = "report_missing", nullable = false)
    public boolean reportMissing;

    /** When the warning level or the missing-report flag last moved (the sweep does not touch updatedAt). */
    @Column(table = WARNING, name = "changed_at", nullable = false)
    public OffsetDateTime warningChangedAt;

    @Column(name = "last_report_at")
    public OffsetDateTime lastReportAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    /** Why it waits (a dispute's reason, a completion summary) while it is DISPUTED or COMPLETION_REQUESTED. */
    @Column(name = "pending_reason")
    public String pendingReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentState state;

    /** 催办 by hand: how many times the supervision office chased the unit about this work (the urge package). */
    @Column(name = "urge_count", nullable = false)
    public int urgeCount;

    @Column(name = "last_urged_at")
    public OffsetDateTime lastUrgedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** A unit as task-service knows it (from the plan events that named it). */
    public record UnitRef(UUID id, String code, String name) {
    }

    /** The assignment a reassignment issues: the same measure and role, another unit, a fresh start. */
    static Assignment successorOf(Assignment a, UnitRef unit, OffsetDateTime now) {
        Assignment s = new Assignment();
        s.id = UUID.randomUUID();
        s.planId = a.planId;
        s.planTitle = a.planTitle;
        s.measureId = a.measureId;
        s.parentMeasureId = a.parentMeasureId;
        s.measureNumber = a.measureNumber;
        s.measureTitle = a.measureTitle;
        s.section = a.section;
        s.path = new ArrayList<>(a.path);
        s.targets = new ArrayList<>(a.targets);
        s.deadline = a.deadline;
        s.deadlineText = a.deadlineText;
        s.role = a.role;
        s.unitId = unit.id();
        s.unitCode = unit.code();
        s.unitName = unit.name();
        s.reassignedFromUnitId = a.planUnitId();
        s.source = a.source;
        s.itemId = a.itemId;
        s.state = AssignmentState.ISSUED;
        s.createdAt = now;
        s.updatedAt = now;
        s.warningChangedAt = now;
        return s;
    }

    /** Sets the warning level; a level that moves also moves {@link #warningChangedAt}. */
    public void warn(WarningLevel level, OffsetDateTime at) {
        if (level != warningLevel) {
            warningLevel = level;
            warningChangedAt = at;
        }
    }

    /** A progress report arrived: it is the one the reporting cycle asked for, so none is missing now. */
    public void reportFiled(OffsetDateTime at) {
        lastReportAt = at;
        if (reportMissing) {
            reportMissing = false;
            warningChangedAt = at;
        }
    }

    /** When anything a client sees last changed: the row itself or its warning. */
    public OffsetDateTime lastChangedAt() {
        return warningChangedAt != null && warningChangedAt.isAfter(updatedAt) ? warningChangedAt : updatedAt;
    }

    public boolean isOpen() {
        return state != AssignmentState.COMPLETED && state != AssignmentState.CANCELLED;
    }

    /** What the warning rule reads of this assignment. */
    public WarningPolicy.Facts warningFacts() {
        return new WarningPolicy.Facts(isOpen(), deadline, reportMissing);
    }

    @Override
    public UUID auditedId() {
        return id;
    }

    /** The fields the audit trail follows, as they are now. */
    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", state.name());
        s.put("unitCode", unitCode);
        s.put("role", role.name());
        s.put("deadline", deadline == null ? null : deadline.toString());
        s.put("personInCharge", personInCharge);
        s.put("phone", phone);
        s.put("handlingDepartment", handlingDepartment);
        s.put("reviewAt", reviewAt == null ? null : reviewAt.toString());
        s.put("progressPercent", progressPercent);
        s.put("measureTitle", measureTitle);
        return s;
    }

    /** This assignment as the contracts' {@value AssignmentIssued#TYPE} data: a unit has new work. */
    public AssignmentIssued issued() {
        return new AssignmentIssued(id, planId, planTitle, measureId, measureNumber, measureTitle, unitId, unitCode, unitName,
                role.name(), deadline, itemId, itemId == null ? null : source.name());
    }

    /**
     * This assignment, as it now is, as the contracts' {@value AssignmentChanged#TYPE} data: {@code action} moved it
     * from {@code fromState}; {@code previousDeadline} only when the deadline moved; {@code decision} only for
     * DECIDE_EXTENSION.
     */
    public AssignmentChanged changed(String action, String fromState, LocalDate previousDeadline, String actor,
                                     String reason, String decision) {
        return new AssignmentChanged(id, action, fromState, state.name(), planId, measureId, measureNumber, measureTitle,
                unitCode, unitName, role.name(), deadline, previousDeadline, warningLevel.name(), actor, reason, decision,
                updatedAt, reviewAt, itemId);
    }
}
