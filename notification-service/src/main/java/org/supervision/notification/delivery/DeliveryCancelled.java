package org.supervision.notification.delivery;

/** A delivery that must not go out any more (its webhook was stopped): CANCELLED with this reason, never retried. */
public class DeliveryCancelled extends RuntimeException {

    public DeliveryCancelled(String reason) {
        super(reason);
    }
}
