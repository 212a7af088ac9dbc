package org.supervision.plan.plan;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A unit a measure names: its role, the words the plan used ({@code mention}), the name it stands
 * for ({@code name}, e.g. 市人社局 for 人社局 after 市公安局), and what it resolved to in the
 * directory: a unit, a group of units, or nothing yet (proposed as a new unit on publish).
 */
@Embeddable
public class ResponsibleUnit {

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "group_id")
    public UUID groupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitRole role;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String mention;

    /** The plan's list ended in 等单位/等部门: more units than named may be involved. */
    @Column(name = "open_list", nullable = false)
    public boolean openList;

    public ResponsibleUnit() {
    }

    public ResponsibleUnit(UnitRole role, String name, String mention, UUID unitId, UUID groupId, boolean openList) {
        this.role = role;
        this.name = name;
        this.mention = mention;
        this.unitId = unitId;
        this.groupId = groupId;
        this.openList = openList;
    }

    public boolean isResolved() {
        return unitId != null || groupId != null;
    }
}
