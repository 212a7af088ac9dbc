package org.supervision.notification.delivery;

/** A failed attempt; {@code retryable} false means retrying cannot help (the receiver is gone). */
public class DeliveryFailure extends RuntimeException {

    private final boolean retryable;

    public DeliveryFailure(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
