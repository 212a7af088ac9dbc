package org.supervision.contracts.plan;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of the events that follow a plan after it is published, on the plan topic keyed by plan id (so they
 * stay in order after the plan's published events): {@value #ADDED}, {@value #CHANGED} and
 * {@value #WITHDRAWN} carry the measure as it now is (withdrawn: as it was); {@value #DEADLINE_CHANGED} is
 * sent when only the deadline moved. {@code previousDeadline} is set on changed and deadline-changed;
 * {@code reason} is the supervisor's, when given. One schema for the four types.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeasureChanged(UUID planId, int planVersion, MeasureData measure, LocalDate previousDeadline,
                             String reason) {

    public static final String ADDED = "supervision.plan.measure.added.v1";
    public static final String CHANGED = "supervision.plan.measure.changed.v1";
    public static final String WITHDRAWN = "supervision.plan.measure.withdrawn.v1";
    public static final String DEADLINE_CHANGED = "supervision.plan.measure.deadline-changed.v1";
}
