package org.supervision.task.calendar;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A year's days as the office enters them from the State Council notice (the body of PUT
 * /api/v1/calendar/years/{year}), and as they are stored, shown and audited. {@code holidays} are the days
 * off (weekend days of a break included), {@code workingDays} the Saturdays and Sundays worked (调休上班);
 * local days go into the same lists.
 */
public record YearSchedule(
        @Schema(example = "国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号）") String notice,
        List<ListedDay> holidays, List<ListedDay> workingDays) {

    /** One listed date; {@code name} is the holiday's (for a worked day optional: 调休上班 when left out). */
    public record ListedDay(@Schema(example = "2027-01-01") LocalDate date, @Schema(example = "元旦") String name) {
    }
}
