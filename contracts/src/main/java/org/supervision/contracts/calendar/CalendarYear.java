package org.supervision.contracts.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE} on {@link org.supervision.contracts.Topics#CALENDAR}, keyed by the year ("2027"):
 * one whole year of the working-day calendar as task-service keeps it, sent on every change. The year is
 * complete, not a difference: a consumer replaces what it knew of the year. Every day not listed is a plain
 * Monday-to-Friday working day or Saturday/Sunday off.
 *
 * <p>{@code holidays} are the days off (法定节假日 and 放假调休, weekend days of a break included), each with
 * the holiday's name; {@code workingDays} the Saturdays and Sundays worked (调休上班), each with the holiday
 * it makes up for. Both sorted by date; no date is in both. They include the office's local days, so every
 * consumer counts as task-service does. {@code notice} is the State Council notice (or local decision) the
 * days come from. {@code version} grows with every change of the year (a consumer ignores an older one).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CalendarYear(int year, String notice, List<Day> holidays, List<Day> workingDays, long version,
                           String changedBy, OffsetDateTime changedAt) {

    public static final String TYPE = "supervision.calendar.year.v1";

    /** One listed date and the holiday's name (for a worked weekend day, the holiday it makes up for). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Day(LocalDate date, String name) {
    }
}
