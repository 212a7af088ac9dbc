package org.supervision.platform.events.outbox;

/**
 * The service's answer to a change whose event would be larger than {@code supervision.outbox.max-event-bytes}
 * (plan-service: a 422 problem naming the field). Without such a bean the change fails with an
 * IllegalStateException.
 */
public interface OversizedEventRefusal {

    /**
     * The exception {@link EventOutbox#add} throws; {@code field} is the part of the request the event is
     * made of, or null, and {@code message} says how large the event would be and what the limit is.
     */
    RuntimeException refuse(String field, String message);
}
