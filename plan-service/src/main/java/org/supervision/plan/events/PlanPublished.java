package org.supervision.plan.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of the {@value #TYPE} event: a plan was published. Only its header: each of its
 * {@code measureCount} active measures and sub-items follows as a {@value MeasurePublished#TYPE}
 * event, written in the same transaction and keyed by the plan id, so they come after this one. A
 * plan used to travel as one event with every measure (supervision.plan.published.v1); a large
 * one grew past what Kafka takes and held back every event behind it.
 * Contract: docs/events/supervision.plan.published.v2.schema.json.
 */
public record PlanPublished(UUID planId, String title, String docNumber, String issuer, int year, int version,
                            LocalDate defaultDeadline, OffsetDateTime publishedAt, int measureCount) {

    public static final String TYPE = "supervision.plan.published.v2";
    public static final String TOPIC = "supervision.plan.v1";
}
