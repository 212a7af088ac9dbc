package org.supervision.task.calendar;

import java.time.OffsetDateTime;

/** One audited change of a year: who, when, the version it made, and the year before (null if new) and after. */
public record CalendarYearChangeView(int year, long version, String changedBy, OffsetDateTime changedAt,
                                     YearSchedule before, YearSchedule after) {
}
