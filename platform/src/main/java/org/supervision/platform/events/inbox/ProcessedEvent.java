package org.supervision.platform.events.inbox;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event id this service has already acted on; stored in the same transaction as the change it caused. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    public String id;

    @Column(nullable = false)
    public String type;

    @Column(name = "processed_at", nullable = false)
    public OffsetDateTime processedAt;
}
