package org.supervision.task.calendar;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored year as the API shows it; {@code version} is also its ETag. {@code workingDayCount} is the year's
 * number of working days, a quick check against the notice ("全年工作日248天").
 */
public record CalendarYearView(int year, String notice, List<YearSchedule.ListedDay> holidays,
                               List<YearSchedule.ListedDay> workingDays, long workingDayCount, long version, String changedBy,
                               OffsetDateTime changedAt) {
}
