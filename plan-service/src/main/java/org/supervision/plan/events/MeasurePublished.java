package org.supervision.plan.events;

import java.util.UUID;

/**
 * Data of {@value #TYPE}: one measure (or sub-item) of a plan just published, after the plan's
 * {@value PlanPublished#TYPE} event on {@value PlanPublished#TOPIC}, keyed by plan id.
 * Contract: docs/events/supervision.plan.measure.published.v1.schema.json.
 */
public record MeasurePublished(UUID planId, int planVersion, MeasureData measure) {

    public static final String TYPE = "supervision.plan.measure.published.v1";
}
