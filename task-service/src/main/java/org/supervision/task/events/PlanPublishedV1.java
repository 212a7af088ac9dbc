package org.supervision.task.events;

import java.util.List;
import java.util.UUID;

/**
 * What task-service reads of the legacy supervision.plan.published.v1, a plan with all its measures in
 * one event (contract: docs/events/supervision.plan.published.v1.schema.json). plan-service publishes
 * v2 now; v1 events stay on the topic and are read as before, on a replay too. Unknown fields are
 * ignored, so the producer may add fields without breaking this consumer.
 */
public record PlanPublishedV1(UUID planId, String title, String docNumber, int year, int version, List<MeasureData> measures) {

    public static final String TYPE = "supervision.plan.published.v1";
}
