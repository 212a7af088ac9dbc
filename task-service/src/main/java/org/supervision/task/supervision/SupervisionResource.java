package org.supervision.task.supervision;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.QueryValues;
import org.supervision.task.access.Caller;

import io.quarkus.security.Authenticated;

/** Reporting cycles per plan, and the warning sweep on demand (it also runs on its own schedule). */
@Path("/api/v1/supervision")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "Warning levels, reporting cycles, statistics and the unit ranking")
@SecurityRequirement(name = "SecurityScheme")
public class SupervisionResource {

    private final ReportingCycles cycles;
    private final WarningSweep sweep;
    private final Statistics statistics;
    private final Caller caller;

    public SupervisionResource(ReportingCycles cycles, WarningSweep sweep, Statistics statistics, Caller caller) {
        this.cycles = cycles;
        this.sweep = sweep;
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @Path("statistics")
    @Operation(summary = "Numbers per plan, section or unit: by state, completion and on-time rates, overdue work, missing reports, urges",
            description = "groupBy UNIT (default), SECTION or PLAN; planId and unitCode narrow it, and source (repeatable) "
                    + "to the work of plans (PLAN) or of supervision items (督办事项) of a kind: LEADER_INSTRUCTION, HOTLINE_12345, "
                    + "INSPECTION, AUDIT, OTHER. An item is its own plan (planId = the item's id; groupBy PLAN shows each "
                    + "item as a group). A unit officer gets their own unit's numbers only; asking for another unit answers 404.")
    public List<Statistics.Row> statistics(@QueryParam("planId") UUID planId,
                                           @QueryParam("unitCode") @Size(max = 64) String unitCode,
                                           @QueryParam("groupBy") @DefaultValue("UNIT") String groupBy,
                                           @QueryParam("source") List<String> sources) {
        return statistics.compute(planId, unitScope(unitCode), QueryValues.one(groupBy, Statistics.GroupBy.class, "groupBy"),
                QueryValues.enums(sources, WorkSource.class, "source"));
    }

    @GET
    @Path("statistics/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The statistics as .csv (UTF-8 with BOM, opens in Excel) or .xlsx")
    public Response exportStatistics(@QueryParam("planId") UUID planId,
                                     @QueryParam("unitCode") @Size(max = 64) String unitCode,
                                     @QueryParam("groupBy") @DefaultValue("UNIT") String groupBy,
                                     @QueryParam("format") @DefaultValue("XLSX") String format,
                                     @QueryParam("source") List<String> sources) {
        Statistics.GroupBy by = QueryValues.one(groupBy, Statistics.GroupBy.class, "groupBy");
        List<List<Object>> rows = statistics.compute(planId, unitScope(unitCode), by,
                        QueryValues.enums(sources, WorkSource.class, "source")).stream()
                .map(r -> java.util.Arrays.<Object>asList(r.key(), r.label(), r.total(), r.byState().get("ISSUED"), r.byState().get("ACCEPTED"),
                        r.byState().get("DISPUTED"), r.byState().get("IN_PROGRESS"), r.byState().get("COMPLETION_REQUESTED"),
                        r.completed(), r.byState().get("CANCELLED"), rate(r.completionRate()), r.completedOnTime(),
                        rate(r.onTimeCompletionRate()), r.overdue(), r.daysOverdue(), r.maxDaysOverdue(), r.reportsMissing(),
                        r.red(), r.yellow(), r.noticesOpen(), r.noticesOverdue(), r.urges()))
                .toList();
        Table table = new Table("统计", List.of("分组", "名称", "任务数", "待签收", "已签收", "有异议", "推进中", "申请办结", "已办结",
                "已撤销", "办结率", "按期办结数", "按期办结率", "逾期数", "逾期天数合计", "最长逾期天数", "缺报数", "红色预警", "黄色预警", "未办结督办单", "逾期未复督办单", "催办次数"), rows);
        return download(table, QueryValues.one(format, Table.Format.class, "format"), "statistics");
    }

    @GET
    @Path("ranking")
    @RolesAllowed({"supervisor", "admin", "leader", "integration"})
    @Operation(summary = "Units ranked for evaluation (考核), best first",
            description = "Score out of 100: 40 × completion rate + 30 × on-time completion rate + 30 × share not overdue, "
                    + "minus 2 per missing report and 5 per 督办单 unanswered past its date, never below 0; cancelled work does not count. Ties: fewer days overdue, "
                    + "then unit code. Unit officers see their own numbers under /statistics, not other units' ranks.")
    public List<Statistics.Ranked> ranking(@QueryParam("planId") UUID planId) {
        return statistics.ranking(planId, null);
    }

    /** A unit officer's numbers are their unit's; another unit's are as if absent. */
    private String unitScope(String asked) {
        String own = caller.confinedToUnit().orElse(null);
        if (own == null) {
            return asked == null || asked.isBlank() ? null : asked.strip();
        }
        if (asked != null && !asked.isBlank() && !asked.strip().equals(own)) {
            throw ProblemException.notFound("statistics of unit " + asked);
        }
        return own;
    }

    private static Object rate(java.math.BigDecimal rate) {
        return rate == null ? null : rate.doubleValue();
    }

    public static Response download(Table table, Table.Format format, String name) {
        return Response.ok(table.write(format), format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("reporting-cycles/{planId}")
    @Operation(summary = "A plan's reporting cycle, with its last passed and next due dates; its ETag is the version to send in If-Match")
    public Response cycle(@PathParam("planId") UUID planId) {
        return answer(cycles.get(planId).orElseThrow(() -> ProblemException.notFound("reporting cycle of plan " + planId)));
    }

    @PUT
    @Path("reporting-cycles/{planId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Set a plan's reporting cycle (报送周期), e.g. MONTHLY due on the 5th",
            description = "A due date on a day off moves to the next working day. From the next sweep on, an open assignment "
                    + "without a report for the last passed due date is marked reportMissing and at least YELLOW. "
                    + "Changing an existing cycle needs If-Match with its ETag (428 without, 412 when stale); the first "
                    + "setting needs none. Publishes supervision.plan.reporting-cycle.changed.v1. Answers the cycle with its new ETag.")
    @APIResponse(responseCode = "200", description = "Saved; ETag is the new version")
    @APIResponse(responseCode = "412", description = "Changed meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "The cycle exists and If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(content = @Content(examples = @ExampleObject(name = "monthly on the 5th", value = "{\"frequency\": \"MONTHLY\", \"dueDay\": 5}")))
    public Response setCycle(@PathParam("planId") UUID planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid ReportingCycles.Setting setting) {
        return answer(cycles.set(planId, setting, ifMatch, caller.name()));
    }

    @DELETE
    @Path("reporting-cycles/{planId}")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Remove a plan's reporting cycle (with If-Match: 428 without, 412 when stale)",
            description = "Publishes supervision.plan.reporting-cycle.changed.v1 with action REMOVED.")
    public Response removeCycle(@PathParam("planId") UUID planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (!cycles.remove(planId, ifMatch, caller.name())) {
            throw ProblemException.notFound("reporting cycle of plan " + planId);
        }
        return Response.noContent().build();
    }

    private static Response answer(ReportingCycles.View view) {
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @POST
    @Path("warning-sweep")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Recompute warning levels now (the sweep also runs every 10 minutes)",
            description = "Publishes supervision.assignment.warning-changed.v1 once per assignment whose level moved.")
    public WarningSweep.Result runSweep() {
        return sweep.run();
    }
}
