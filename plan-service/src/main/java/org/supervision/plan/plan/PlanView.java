package org.supervision.plan.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A plan as the API shows it. */
public record PlanView(UUID id, String title, String docNumber, String issuer, int year, PlanStatus status,
                       OffsetDateTime createdAt, OffsetDateTime publishedAt, List<MeasureView> measures) {

    public record MeasureView(UUID id, String number, String title, LocalDate deadline,
                              List<UnitMention> leadUnits, List<UnitMention> cooperatingUnits) {
    }

    /** {@code name} as resolved in the directory, {@code mention} as the plan wrote it. */
    public record UnitMention(UUID unitId, String code, String name, String mention) {
    }

    /** One line of a plan list, without the measures. */
    public record Summary(UUID id, String title, String docNumber, int year, PlanStatus status, int measureCount,
                          OffsetDateTime createdAt) {
    }
}
