package org.supervision.task.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What task-service reads of supervision.plan.published.v2 (contract:
 * docs/events/supervision.plan.published.v2.schema.json): a plan's header; its {@code measureCount}
 * measures follow as {@value MeasurePublished#TYPE} events on the same partition.
 */
public record PlanPublished(UUID planId, String title, String docNumber, int year, int version, int measureCount,
                            OffsetDateTime publishedAt) {

    public static final String TYPE = "supervision.plan.published.v2";
}
