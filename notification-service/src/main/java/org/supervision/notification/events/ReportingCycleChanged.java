package org.supervision.notification.events;

import java.util.UUID;

/** data of supervision.plan.reporting-cycle.changed.v1 (contract: docs/events/): a plan's cycle set or removed. */
public record ReportingCycleChanged(UUID planId, String action, String frequency, Integer dueDay, Long version) {

    public static final String TYPE = "supervision.plan.reporting-cycle.changed.v1";

    public boolean removed() {
        return "REMOVED".equals(action);
    }
}
