package org.supervision.notification.reminder;

import java.util.UUID;

/**
 * A CDI event, fired in the transaction that saved a plan's reminder policy: what else is scheduled by the
 * policy (the reporting reminders) is recomputed by its own domain, which depends on this one, not the
 * other way round.
 *
 * @param cause recorded as the source of the reminders the recomputation adds
 */
public record ReminderPolicySaved(UUID planId, String cause) {
}
