package org.supervision.task.events;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.supervision.contracts.assignment.WarningChanged;

/**
 * A warning transition the sweep recorded (V9), waiting for the relay: what the event will say, as
 * of the transition. Written only by the sweep's set-based statement; deleted once Kafka has it.
 * <p>
 * It stays in {@code events} because it is outbox plumbing, not warning rules: a second outbox table whose
 * rows the sweep writes in bulk as columns (a JSON payload per row would cost the sweep its speed) and whose
 * payload the relay builds when it sends them. The rule that decides a transition is in
 * {@code supervision.WarningPolicy}; this row only carries its outcome column by column into the contract's
 * record. Moved to {@code supervision}, it would make the relay depend on that domain, a package cycle.
 */
@Entity
@Table(name = "warning_transition")
public class WarningTransition {

    @Id
    public Long seq;

    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "from_level")
    public String fromLevel;

    @Column(name = "to_level")
    public String toLevel;

    @Column(name = "previous_report_missing")
    public boolean previousReportMissing;

    @Column(name = "report_missing")
    public boolean reportMissing;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "measure_id")
    public UUID measureId;

    @Column(name = "measure_number")
    public String measureNumber;

    @Column(name = "measure_title")
    public String measureTitle;

    public LocalDate deadline;

    public String state;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    /**
     * The event's id, the same every time this transition is sent (a retry after a lost acknowledgement
     * must carry the id consumers deduplicate by); the sequence number makes it unique.
     */
    public UUID eventId() {
        return UUID.nameUUIDFromBytes(("task-service/warning-transition/" + seq + "/" + assignmentId + "/" + changedAt.toInstant())
                .getBytes(StandardCharsets.UTF_8));
    }

    public WarningChanged data() {
        return new WarningChanged(assignmentId, fromLevel, toLevel, reportMissing, previousReportMissing, unitCode, planId,
                measureId, measureNumber, measureTitle, deadline, state, changedAt);
    }
}
