package org.supervision.task.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Read-only answers from the working-day calendar, so clients show the same deadlines the service computes. */
@Path("/api/v1/calendar")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Working days, holidays and adjusted working days (调休) of mainland China")
@SecurityRequirement(name = "SecurityScheme")
public class CalendarResource {

    static final int MAX_LISTED_DAYS = 366;
    static final int MAX_WORKING_DAYS = 3650;

    private final WorkingDayCalendar calendar;

    public CalendarResource(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("working-days")
    @Operation(summary = "Each date from 'from' to 'to' (inclusive): working or not, and the holiday's name",
            description = "At most " + MAX_LISTED_DAYS + " days. 'covered' is false where the year has no data and "
                    + "Monday to Friday is assumed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CalendarSpanView.class)))
    @APIResponse(responseCode = "400", description = "A missing or malformed date, or too long a span",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarSpanView workingDays(@Parameter(example = "2024-09-28") @QueryParam("from") String from,
                                        @Parameter(example = "2024-10-08") @QueryParam("to") String to) {
        LocalDate first = CalendarQuery.date("from", from);
        LocalDate last = CalendarQuery.date("to", to);
        CalendarQuery.span(first, last, MAX_LISTED_DAYS);
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(calendar.day(day));
        }
        return CalendarSpanView.of(first, last, calendar.workingDaysBetween(first.minusDays(1), last), days,
                calendar.warnings(first, last));
    }

    @GET
    @Path("add")
    @Operation(summary = "The date N working days (N个工作日) after 'start'",
            description = "0 is 'start' if it is a working day, else the next; a negative number counts back.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WorkingDaySumView.class)))
    @APIResponse(responseCode = "400", description = "A missing or malformed date or number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorkingDaySumView add(@Parameter(example = "2024-09-27") @QueryParam("start") String start,
                                 @Parameter(example = "3") @QueryParam("workingDays") String workingDays) {
        LocalDate from = CalendarQuery.date("start", start);
        int n = CalendarQuery.count("workingDays", workingDays, MAX_WORKING_DAYS);
        LocalDate date = calendar.addWorkingDays(from, n);
        return new WorkingDaySumView(from, n, date, calendar.covers(from, date), calendar.warnings(from, date));
    }
}
