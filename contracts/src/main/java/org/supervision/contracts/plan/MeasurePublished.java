package org.supervision.contracts.plan;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE}: one measure (or sub-item) of a plan just published, after the plan's
 * {@value PlanPublished#TYPE} event on the same topic and key (plan id). {@code planVersion} is the
 * {@code version} of that header.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeasurePublished(UUID planId, int planVersion, MeasureData measure) {

    public static final String TYPE = "supervision.plan.measure.published.v1";
}
