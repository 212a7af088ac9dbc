package org.supervision.plan.plan;

public enum MeasureStatus {
    ACTIVE,
    /** Taken back after publishing; its open assignments are cancelled. Kept for the record. */
    WITHDRAWN
}
