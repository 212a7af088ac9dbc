package org.supervision.plan.plan;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A unit a measure names, its role, and the words the plan used for it. */
@Embeddable
public class ResponsibleUnit {

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitRole role;

    @Column(nullable = false)
    public String mention;

    public ResponsibleUnit() {
    }

    public ResponsibleUnit(UUID unitId, UnitRole role, String mention) {
        this.unitId = unitId;
        this.role = role;
        this.mention = mention;
    }
}
