package org.supervision.plan.plan;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of a plan list, without the measures. */
public record PlanSummary(UUID id, String title, String docNumber, String issuer, int year, PlanStatus status,
                          long measureCount, long version, OffsetDateTime createdAt, OffsetDateTime publishedAt) {
}
