package org.supervision.task.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code date} is {@code workingDays} working days after {@code start}; {@code covered} false if a year had no
 * data, and then {@code warnings} says which (Monday to Friday was counted there).
 */
public record WorkingDaySumView(LocalDate start, int workingDays, LocalDate date, boolean covered,
                                List<CalendarWarning> warnings) {
}
