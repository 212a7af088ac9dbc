package org.supervision.platform.events.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An event waiting in the outbox: written with the change that caused it, deleted once Kafka has it,
 * parked while Kafka refuses it.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public String type;

    /** The whole CloudEvent, as it goes on the wire. */
    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Set when Kafka refused the event for good; it waits, with the later events of its aggregate (plan-service V6,
     * task-service V13). */
    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;

    @Column(name = "park_reason")
    public String parkReason;

    /** Sends Kafka refused for good. */
    @Column(nullable = false)
    public int attempts;

    /** When a parked event is tried again. */
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    /**
     * The W3C trace context of the change that wrote the event (null when there was none): the relay sends
     * the event later, on another thread, and puts it into the record's headers so the consumers continue
     * that trace (plan-service V16, task-service V35; platform's tracing.EventTracing).
     */
    @Column(name = "trace_parent")
    public String traceParent;

    @Column(name = "trace_state")
    public String traceState;

    /** The size of a text on the wire (UTF-8), without encoding it. */
    static long utf8Bytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
