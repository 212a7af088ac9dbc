package org.supervision.task.trend;

import java.time.Clock;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.task.access.Caller;
import org.supervision.task.api.ChinaTime;

/**
 * The dashboard's trend over months (月度趋势), under the statistics' access rule: the office, leaders and
 * integrations see every unit; a unit officer their own unit only (another unit answers 404, as statistics does).
 */
@Path("/api/v1/supervision/trend")
@RolesAllowed({"supervisor", "admin", "leader", "integration", "unit-officer"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "Warning levels, reporting cycles, statistics and the unit ranking")
@SecurityRequirement(name = "SecurityScheme")
public class TrendResource {

    static final String EXAMPLE = """
            {"from": "2026-02", "to": "2026-03", "planId": "2f6b8d4a-1c3e-4a5b-9d7f-0e2c4a6b8d10", "unitCode": null,
             "asOf": "2026-03-18T02:30:00Z",
             "months": [
               {"month": "2026-02", "label": "2026年2月", "issued": 24, "completedOnTime": 3, "completedLate": 1, "openAtEnd": 20,
                "overdueAtEnd": 2, "red": 2, "yellow": 4, "urges": 3, "missingReports": 1},
               {"month": "2026-03", "label": "2026年3月", "issued": 2, "completedOnTime": 5, "completedLate": 0, "openAtEnd": 17,
                "overdueAtEnd": 1, "red": 1, "yellow": 2, "urges": 1, "missingReports": 0}]}""";

    private final MonthlyTrend trend;
    private final Caller caller;
    private final Clock clock;

    public TrendResource(MonthlyTrend trend, Caller caller, Clock clock) {
        this.trend = trend;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The trend over months (月度趋势) of a plan, a unit or all work, counted from history",
            description = "Per month from `from` to `to` (months yyyy-MM in China; default the 12 months ending with the current "
                    + "month; at most 36; none after the current month): issued (assignments created in the month), completedOnTime "
                    + "and completedLate (against the deadline as it stood when completed), openAtEnd and overdueAtEnd (open with the "
                    + "deadline of then passed at the month's end; the current month as of now), red and yellow at the end (today's "
                    + "warning rule on the state and deadline of then, without the report-missing cause of yellow), urges (催办) "
                    + "and missingReports (reporting-cycle due dates in the month without a report). planId and unitCode narrow it. "
                    + "A unit officer gets their own unit's trend; asking for another unit answers 404.")
    @APIResponse(responseCode = "200", description = "The months, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonthlyTrend.Trend.class),
                    examples = @ExampleObject(name = "two months of a plan", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "from or to not a month, from after to, more than 36 months, or a month to come",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MonthlyTrend.Trend trend(@QueryParam("planId") UUID planId,
                                    @QueryParam("unitCode") @Size(max = 64) String unitCode,
                                    @Parameter(description = "first month, yyyy-MM", example = "2026-01") @QueryParam("from") String from,
                                    @Parameter(description = "last month, yyyy-MM", example = "2026-03") @QueryParam("to") String to) {
        String unit = unitScope(unitCode);
        return trend.of(MonthRange.parse(from, to, ChinaTime.today(clock)), planId, unit);
    }

    /** A unit officer's trend is their unit's; another unit's is as if absent (the statistics' rule). */
    private String unitScope(String asked) {
        String own = caller.confinedToUnit().orElse(null);
        if (own == null) {
            return asked == null || asked.isBlank() ? null : asked.strip();
        }
        if (asked != null && !asked.isBlank() && !asked.strip().equals(own)) {
            throw ProblemException.notFound("trend of unit " + asked);
        }
        return own;
    }
}
