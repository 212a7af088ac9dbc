package org.supervision.plan.plan;

/** 牵头单位 (LEAD) or 配合单位 (COOPERATING). */
public enum UnitRole {
    LEAD,
    COOPERATING
}
