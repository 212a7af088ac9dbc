package org.supervision.task.urge;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One 催办 by hand: the supervision office chased the unit about an assignment, with an optional message. */
@Entity
@Table(name = "assignment_urge")
public class Urge {

    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    /** The assignment's urge count after this urge: 1 for the first. */
    @Column(nullable = false)
    public int ordinal;

    public String message;

    @Column(name = "urged_by", nullable = false)
    public String urgedBy;

    @Column(name = "urged_at", nullable = false)
    public OffsetDateTime urgedAt;
}
