package org.supervision.platform.events.outbox;

import java.util.List;

/**
 * Rows of a service's own table that the relay sends after the outbox's events, in the same batch and
 * under the same rules (task-service's warning transitions, narrow rows written by a mass update and
 * rendered as events only here). Called inside the relay's transaction.
 */
public interface OutboxFeed {

    /**
     * Up to {@code limit} records, oldest first, leaving out those whose aggregate (key) has a parked outbox
     * event: they wait behind it.
     */
    List<Outgoing> next(int limit);

    /** Kafka has these: forget them. */
    void sent(List<Outgoing> sent);

    /** Kafka refused this one for good; the relay keeps it from now on as a parked outbox event: forget it. */
    void parkedAsEvent(Outgoing refused);
}
