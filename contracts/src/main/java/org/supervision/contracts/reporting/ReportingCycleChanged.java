package org.supervision.contracts.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE} on {@link org.supervision.contracts.Topics#TASK}, keyed by plan id: a plan's
 * reporting cycle (报送周期) was set, changed or removed. {@code action} is SET or REMOVED; {@code frequency}
 * WEEKLY, MONTHLY or QUARTERLY, and {@code dueDay} and {@code nextDue}, are null when REMOVED.
 * {@code version} is the cycle's after the change (a consumer ignores an older one); it is a {@code Long}
 * so that a consumer can tell an event without it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportingCycleChanged(UUID planId, String action, String frequency, Integer dueDay, Long version,
                                    LocalDate nextDue, String actor, OffsetDateTime at) {

    public static final String TYPE = "supervision.plan.reporting-cycle.changed.v1";
}
