package org.supervision.task.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What task-service reads of the measure events that follow a published plan (contract:
 * docs/events/supervision.plan.measure.changed.v1.schema.json).
 */
public record MeasureChanged(UUID planId, int planVersion, MeasureData measure, LocalDate previousDeadline,
                             String reason) {

    public static final String ADDED = "supervision.plan.measure.added.v1";
    public static final String CHANGED = "supervision.plan.measure.changed.v1";
    public static final String WITHDRAWN = "supervision.plan.measure.withdrawn.v1";
    public static final String DEADLINE_CHANGED = "supervision.plan.measure.deadline-changed.v1";
}
