package org.supervision.contracts.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE} on {@link org.supervision.contracts.Topics#PLAN}, keyed by plan id: a plan was
 * published. Only its header: each of its {@code measureCount} active measures and sub-items follows as a
 * {@value MeasurePublished#TYPE} event, written in the same transaction on the same key, so they come after
 * this one. It replaced {@link PlanPublishedV1}, one event with every measure, which a large plan grew past
 * what Kafka takes. {@code docNumber} and {@code issuer} may be null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanPublished(UUID planId, String title, String docNumber, String issuer, int year, int version,
                            LocalDate defaultDeadline, OffsetDateTime publishedAt, int measureCount) {

    public static final String TYPE = "supervision.plan.published.v2";
}
