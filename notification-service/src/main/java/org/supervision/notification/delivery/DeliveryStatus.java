package org.supervision.notification.delivery;

public enum DeliveryStatus {
    /** Waiting for its first try (perhaps for the end of quiet hours). */
    PENDING,
    SENT,
    /** Tried and failed; tried again at next_try_at. */
    FAILED,
    /** Failed too often; only an operator's resend tries again. */
    DEAD,
    /** Never to be sent (its webhook was stopped); {@code cancel_reason} says why. */
    CANCELLED
}
