package org.supervision.plan.plan;

public enum PlanStatus {
    /** Imported or being reviewed; nothing has been assigned yet. */
    DRAFT,
    /** Frozen and turned into assignments by task-service. */
    PUBLISHED
}
