package org.supervision.task.handover;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 转办: the unit's officer handed the work on inside the unit, from whom to whom. */
@Entity
@Table(name = "handover")
public class Handover {

    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Column(name = "from_person")
    public String fromPerson;

    @Column(name = "from_department")
    public String fromDepartment;

    @Column(name = "to_person", nullable = false)
    public String toPerson;

    @Column(name = "to_department")
    public String toDepartment;

    public String note;

    @Column(name = "handed_over_by", nullable = false)
    public String handedOverBy;

    @Column(name = "handed_over_at", nullable = false)
    public OffsetDateTime handedOverAt;
}
