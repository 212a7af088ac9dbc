package org.supervision.task.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@value #TYPE}: a plan's reporting cycle (报送周期) was set, changed or removed. Keyed by
 * plan id on the task topic, so one plan's cycle events stay in order; {@code version} lets a
 * consumer ignore one that arrives after a newer one. notification-service reminds units before
 * each due date from it. Contract: docs/events/.
 */
public record ReportingCycleChanged(UUID planId, Action action, Frequency frequency, Integer dueDay, long version,
                                    LocalDate nextDue, String actor, OffsetDateTime at) {

    public static final String TYPE = "supervision.plan.reporting-cycle.changed.v1";
    public static final String TOPIC = "supervision.task.v1";

    public enum Action { SET, REMOVED }
}
