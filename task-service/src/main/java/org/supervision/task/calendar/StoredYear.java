package org.supervision.task.calendar;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One year of the calendar as the office entered it; its days are JSON (see V14), read by {@link YearDays}. */
@Entity
@Table(name = "calendar_year")
public class StoredYear {

    @Id
    public int year;

    @Column(nullable = false)
    public String notice;

    @Column(nullable = false)
    public String holidays;

    @Column(name = "working_days", nullable = false)
    public String workingDays;

    /** Also the year's ETag; every change moves it, and the published event carries it. */
    @Version
    public long version;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
