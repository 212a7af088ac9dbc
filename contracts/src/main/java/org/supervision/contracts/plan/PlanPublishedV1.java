package org.supervision.contracts.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of the legacy {@value #TYPE}: a plan with every active measure in one event. No longer published
 * ({@link PlanPublished} and one {@link MeasurePublished} per measure replaced it); events of this type
 * already on the topic, and replays, are still read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanPublishedV1(UUID planId, String title, String docNumber, String issuer, int year, int version,
                              LocalDate defaultDeadline, OffsetDateTime publishedAt, List<MeasureData> measures) {

    public static final String TYPE = "supervision.plan.published.v1";
}
