package org.supervision.platform.events.inbox;

/** An event that can never be processed as it is; it goes to the dead-letter topic with this message. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
