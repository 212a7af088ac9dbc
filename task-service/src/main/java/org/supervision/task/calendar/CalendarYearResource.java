package org.supervision.task.calendar;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.task.access.Caller;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The calendar years as data the office maintains: anyone signed in reads them, supervisors and admins enter
 * a new year or correct one from the State Council notice, without a release. Every change is audited and
 * published (supervision.calendar.year.v1), and counts at once on every replica.
 */
@Path("/api/v1/calendar/years")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Working days, holidays and adjusted working days (调休) of mainland China")
@SecurityRequirement(name = "SecurityScheme")
public class CalendarYearResource {

    private final CalendarYears years;
    private final CalendarRefresh refresh;
    private final Caller caller;

    public CalendarYearResource(CalendarYears years, CalendarRefresh refresh, Caller caller) {
        this.years = years;
        this.refresh = refresh;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The years the calendar has data for, oldest first",
            description = "A year not listed is counted Monday to Friday, and deadlines in it carry calendarWarnings.")
    public List<CalendarYearView> list() {
        return years.list();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "One year's holidays and adjusted working days; its ETag is the version to send in If-Match")
    @APIResponse(responseCode = "404", description = "The year has no data",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response year(@PathParam("year") String year) {
        int y = YearScheduleRules.year(year);
        CalendarYearView view = years.get(y).orElseThrow(() -> ProblemException.notFound("calendar year " + y));
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @GET
    @Path("{year}/changes")
    @Operation(summary = "The audit of a year: every change, who made it, when, and the year before and after")
    public List<CalendarYearChangeView> changes(@PathParam("year") String year) {
        int y = YearScheduleRules.year(year);
        if (years.get(y).isEmpty()) {
            throw ProblemException.notFound("calendar year " + y);
        }
        return years.changes(y);
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Enter or correct a year from the State Council notice (国务院办公厅关于…部分节假日安排的通知)",
            description = "The whole year: its days off (holidays, weekend days of a break included) and the Saturdays and "
                    + "Sundays worked (workingDays), local days included. A new year needs no If-Match (201); changing a stored "
                    + "one needs its ETag (428 without, 412 when stale). Audited, published as supervision.calendar.year.v1, "
                    + "and counted with at once.")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version")
    @APIResponse(responseCode = "201", description = "Entered; ETag is its version")
    @APIResponse(responseCode = "400", description = "A day outside the year, a day both holiday and working day, a worked weekday, …",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "The year is stored and If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(content = @Content(examples = @ExampleObject(name = "part of a year", value = "{\"notice\": "
            + "\"国务院办公厅关于2027年部分节假日安排的通知\", \"holidays\": [{\"date\": \"2027-01-01\", \"name\": \"元旦\"}], "
            + "\"workingDays\": [{\"date\": \"2027-02-20\", \"name\": \"春节调休上班\"}]}")))
    public Response put(@PathParam("year") String year, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        YearSchedule schedule) {
        int y = YearScheduleRules.year(year);
        CalendarYears.Saved saved = years.put(y, YearScheduleRules.checked(y, schedule), ifMatch, caller.name());
        refresh.now();
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK).entity(saved.view())
                .tag(String.valueOf(saved.view().version())).build();
    }
}
