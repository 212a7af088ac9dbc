package org.supervision.notification.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item in a unit's inbox. */
@Entity
@Table(name = "inbox_item")
public class InboxItem {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InboxItemKind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "plan_id")
    public UUID planId;

    /** The published bulletin the item tells of (kind BULLETIN). */
    @Column(name = "bulletin_id")
    public UUID bulletinId;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;
}
