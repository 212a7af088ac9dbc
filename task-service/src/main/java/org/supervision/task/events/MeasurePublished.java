package org.supervision.task.events;

import java.util.UUID;

/**
 * What task-service reads of supervision.plan.measure.published.v1 (contract:
 * docs/events/supervision.plan.measure.published.v1.schema.json): one measure of a plan just published.
 */
public record MeasurePublished(UUID planId, int planVersion, MeasureData measure) {

    public static final String TYPE = "supervision.plan.measure.published.v1";
}
