package org.supervision.task.urge;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An urge as the API shows it: {@code ordinal} is 1 for the assignment's first urge by hand. */
public record UrgeView(UUID id, UUID assignmentId, int ordinal, String message, String urgedBy, OffsetDateTime urgedAt) {

    static UrgeView of(Urge u) {
        return new UrgeView(u.id, u.assignmentId, u.ordinal, u.message, u.urgedBy, u.urgedAt);
    }
}
