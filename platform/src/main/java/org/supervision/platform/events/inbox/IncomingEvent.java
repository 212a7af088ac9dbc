package org.supervision.platform.events.inbox;

import com.fasterxml.jackson.databind.JsonNode;

/** The CloudEvents envelope of an event this service consumes; {@code data} is read per type. */
public record IncomingEvent(String specversion, String id, String source, String type, String subject, JsonNode data) {

    public void requireValid() {
        if (!"1.0".equals(specversion) || id == null || id.isBlank() || type == null || data == null) {
            throw new UnreadableEventException("not a CloudEvents 1.0 event with id, type and data");
        }
    }
}
