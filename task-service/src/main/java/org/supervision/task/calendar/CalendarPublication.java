package org.supervision.task.calendar;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The event written for one version of a year, so that what was published for it can be looked up. */
@Entity
@Table(name = "calendar_publication")
public class CalendarPublication {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public long version;

    @Column(name = "written_at", nullable = false)
    public OffsetDateTime writtenAt;
}
