package org.supervision.task.calendar;

import java.time.LocalDate;

/** {@code date} is {@code workingDays} working days after {@code start}; {@code covered} false if a year had no data. */
public record WorkingDaySumView(LocalDate start, int workingDays, LocalDate date, boolean covered) {
}
