package org.supervision.notification.events;

/**
 * An event's {@code data} that a consumer has read and recorded as processed, fired as a CDI event to the
 * domains that act on it ({@code @Observes @Priority(n) Received<AssignmentIssued>}), synchronously, in the
 * consumer's transaction: a failing observer rolls back what the others did, and the event goes to the
 * dead-letter topic. The consumer so names no domain but its own, and no domain calls another to be told.
 *
 * @param eventId the CloudEvents id, the cause a domain records with what it writes
 * @param data    the contract record of the event's type
 */
public record Received<T>(String eventId, T data) {
}
