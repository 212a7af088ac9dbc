package org.supervision.plan.unit;

public enum UnitStatus {
    ACTIVE,
    /** No longer exists (merged, renamed); kept because published plans name it, not offered to new mentions. */
    RETIRED
}
