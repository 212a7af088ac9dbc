package org.supervision.notification.reminder;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A plan's policy as the API shows it; {@code defaults} tells that the plan has none of its own. */
public record ReminderPolicyView(UUID planId, ReminderPolicy policy, boolean defaults, OffsetDateTime updatedAt,
                                 String updatedBy) {
}
