package org.supervision.task.assignment;

import org.supervision.task.api.ChinaTime;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.task.access.Caller;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.QueryParameterTypes;
import org.supervision.platform.api.QueryValues;
import org.supervision.platform.api.Versions;
import org.supervision.task.audit.AuditEntryView;
import org.supervision.task.audit.AuditTrail;
import org.supervision.task.extension.ExtensionRequest;
import org.supervision.platform.idempotency.IdempotentCreation;
import org.supervision.task.calendar.WorkingDayCalendar;
import org.supervision.task.extension.ExtensionRequestView;
import org.supervision.task.progress.ProgressReport;
import org.supervision.task.progress.ProgressReportView;
import org.supervision.task.supervision.Table;
import org.supervision.task.supervision.WarningLevel;

import io.quarkus.security.Authenticated;

/**
 * Assignments: the unit's view (its own only; others' ids answer 404), the supervisor's view (all),
 * and the lifecycle actions. Every action names the version it was made against in If-Match and
 * answers with the assignment and its new ETag.
 */
@Path("/api/v1/assignments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "The work each responsible unit owes on each measure, and its lifecycle")
@SecurityRequirement(name = "SecurityScheme")
public class AssignmentResource {

    private static final String ACTION_ANSWERS = "The assignment with its new ETag. 409 names the actions allowed in its "
            + "state; 412 when If-Match is stale; 428 without If-Match; 403 when the caller may not take this action.";

    private final AssignmentRepository assignments;
    private final AssignmentLifecycle lifecycle;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Caller caller;
    private final Clock clock;
    private final WorkingDayCalendar calendar;

    public AssignmentResource(AssignmentRepository assignments, AssignmentLifecycle lifecycle, AuditTrail audit,
                              EntityManager entityManager, Caller caller, Clock clock, WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.assignments = assignments;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.entityManager = entityManager;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Assignments the caller may see, with filters, sorting and paging",
            description = "A unit officer sees only the assignments of the unit in their token, whatever unitCode asks. "
                    + "updatedSince lets a mobile client fetch only what changed. X-Total-Count gives the number of matches.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssignmentView.class, type = SchemaType.ARRAY)))
    public Response list(@QueryParam("planId") UUID planId, @QueryParam("section") @Size(max = 300) String section,
                         @QueryParam("measureId") UUID measureId,
                         @QueryParam("unitCode") @Size(max = 64) String unitCode,
                         @QueryParam("role") String role, @QueryParam("state") List<String> states,
                         @QueryParam("warningLevel") List<String> warningLevels,
                         @QueryParam("dueBefore") LocalDate dueBefore, @QueryParam("dueAfter") LocalDate dueAfter,
                         @QueryParam("overdue") Boolean overdue, @QueryParam("updatedSince") OffsetDateTime updatedSince,
                         @QueryParam("sort") @DefaultValue("DEADLINE") String sort,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(QueryParameterTypes.LAST_PAGE) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        AssignmentFilter filter = new AssignmentFilter(planId, section, measureId, unitCode,
                QueryValues.one(role, Role.class, "role"), QueryValues.enums(states, AssignmentState.class, "state"),
                QueryValues.enums(warningLevels, WarningLevel.class, "warningLevel"),
                dueBefore, dueAfter, overdue, updatedSince, ChinaTime.today(clock));
        AssignmentRepository.Order order = QueryValues.one(sort, AssignmentRepository.Order.class, "sort");
        String confined = caller.confinedToUnit().orElse(null);
        if (confined != null) {
            filter = filter.confinedTo(confined);
        }
        List<AssignmentView> items = assignments.page(filter, order, page, size).stream().map(a -> AssignmentView.of(a, calendar)).toList();
        return Response.ok(items).header("X-Total-Count", assignments.count(filter)).build();
    }

    @GET
    @Path("export")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The assignment list as .csv or .xlsx, with the list's filters (at most 100,000 rows)")
    public Response export(@QueryParam("planId") UUID planId, @QueryParam("section") @Size(max = 300) String section,
                           @QueryParam("unitCode") @Size(max = 64) String unitCode,
                           @QueryParam("state") List<String> states,
                           @QueryParam("warningLevel") List<String> warningLevels,
                           @QueryParam("format") @DefaultValue("XLSX") String format) {
        AssignmentFilter filter = new AssignmentFilter(planId, section, null, unitCode, null,
                QueryValues.enums(states, AssignmentState.class, "state"),
                QueryValues.enums(warningLevels, WarningLevel.class, "warningLevel"),
                null, null, null, null, ChinaTime.today(clock));
        String confined = caller.confinedToUnit().orElse(null);
        if (confined != null) {
            filter = filter.confinedTo(confined);
        }
        List<List<Object>> rows = assignments.page(filter, AssignmentRepository.Order.MEASURE, 0, 100_000).stream()
                .map(a -> List.<Object>of(a.planTitle, a.section == null ? "" : a.section, a.measureNumber, a.measureTitle,
                        a.unitCode, a.unitName, a.role.name(), a.state.name(), a.warningLevel.name(),
                        a.deadline == null ? "" : a.deadline.toString(), a.progressPercent,
                        a.personInCharge == null ? "" : a.personInCharge, a.reportMissing ? "是" : "否"))
                .toList();
        Table table = new Table("任务清单", List.of("方案", "部分", "序号", "措施", "单位代码", "单位", "角色", "状态", "预警",
                "完成时限", "进度%", "责任人", "缺报"), rows);
        return org.supervision.task.supervision.SupervisionResource.download(table,
                QueryValues.one(format, Table.Format.class, "format"), "assignments");
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One assignment; its ETag is the version to send in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "404", description = "No such assignment, or another unit's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return answer(lifecycle.visible(id, caller));
    }

    @GET
    @Path("{id}/audit")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The assignment's audit trail: every change, who, when, what, before and after")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuditEntryView.class, type = SchemaType.ARRAY)))
    public List<AuditEntryView> audit(@PathParam("id") UUID id) {
        lifecycle.visible(id, caller);
        return audit.of(id).stream().map(AuditEntryView::of).toList();
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("unit-officer")
    @Transactional
    @Operation(summary = "签收: the unit accepts the work (ISSUED → ACCEPTED)", description = ACTION_ANSWERS)
    @APIResponse(responseCode = "409", description = "Not allowed in this state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already accepted", value = CONFLICT_EXAMPLE)))
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid LifecycleRequests.Accept request) {
        return answer(lifecycle.accept(id, Versions.fromIfMatch(ifMatch), request, caller));
    }

    @POST
    @Path("{id}/dispute")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("unit-officer")
    @Transactional
    @Operation(summary = "退回/申请调整: the unit says the work is not theirs (ISSUED → DISPUTED)", description = ACTION_ANSWERS)
    public Response dispute(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid LifecycleRequests.Reason request) {
        return answer(lifecycle.dispute(id, Versions.fromIfMatch(ifMatch), request, caller));
    }

    @POST
    @Path("{id}/dispute-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Transactional
    @Operation(summary = "Decide a dispute: REASSIGN to another unit (this one is cancelled, the unit gets a new one) or REJECT",
            description = ACTION_ANSWERS)
    public Response decideDispute(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull @Valid LifecycleRequests.DisputeDecision request) {
        return answer(lifecycle.resolveDispute(id, Versions.fromIfMatch(ifMatch), request, caller));
    }

    @POST
    @Path("{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("unit-officer")
    @Transactional
    @Operation(summary = "进展报送: report progress (the first report moves ACCEPTED → IN_PROGRESS)",
            description = "consolidated=true is the lead unit's report for the whole measure. " + ACTION_ANSWERS)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProgressReportView.class)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    public Response report(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid LifecycleRequests.Report request) {
        ProgressReport report = lifecycle.report(id, Versions.fromIfMatch(ifMatch), request, caller);
        Assignment a = assignments.findById(id);
        return Response.created(URI.create("/api/v1/assignments/" + id + "/reports/" + report.id))
                .tag(String.valueOf(a.version)).entity(ProgressReportView.of(report, a.unitCode)).build();
    }

    @GET
    @Path("{id}/reports")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Progress reports: the assignment's own; for the unit that leads the measure (a lead assignment "
            + "not cancelled) every unit's on the measure, including a predecessor's whose work it took over")
    public List<ProgressReportView> reports(@PathParam("id") UUID id) {
        Map<UUID, String> unitOf = reportScope(id);
        List<ProgressReportView> out = new ArrayList<>();
        entityManager.createQuery("from ProgressReport where assignmentId in :ids order by reportedAt", ProgressReport.class)
                .setParameter("ids", unitOf.keySet()).getResultList()
                .forEach(r -> out.add(ProgressReportView.of(r, unitOf.get(r.assignmentId))));
        return out;
    }

    @GET
    @Path("{id}/reports/{reportId}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One progress report of the list above (a report's Location)",
            description = "Readable where the list shows it: the assignment's own report; for the unit leading the measure, "
                    + "the cooperating units' reports too. Anything else is 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgressReportView.class)))
    @APIResponse(responseCode = "404", description = "No such report under this assignment, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgressReportView progressReport(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId) {
        Map<UUID, String> unitOf = reportScope(id);
        ProgressReport report = entityManager.find(ProgressReport.class, reportId);
        if (report == null || !unitOf.containsKey(report.assignmentId)) {
            throw ProblemException.notFound("progress report " + reportId);
        }
        return ProgressReportView.of(report, unitOf.get(report.assignmentId));
    }

    /**
     * The assignments whose reports the caller reads under this one, with their units. The lead unit
     * consolidates, so it reads the cooperating units' reports; they read only their own, and so does a unit
     * whose lead ended (its assignment keeps the role LEAD once cancelled).
     */
    private Map<UUID, String> reportScope(UUID id) {
        Assignment a = lifecycle.visible(id, caller);
        boolean wholeMeasure = caller.confinedToUnit().map(unit -> assignments.leads(unit, a.measureId)).orElse(true);
        List<Assignment> scope = wholeMeasure ? assignments.list("measureId", a.measureId) : List.of(a);
        Map<UUID, String> unitOf = new HashMap<>();
        scope.forEach(s -> unitOf.put(s.id, s.unitCode));
        return unitOf;
    }

    @POST
    @Path("{id}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("unit-officer")
    @Transactional
    @Operation(summary = "延期申请: ask for a later deadline, with a reason", description = ACTION_ANSWERS)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ExtensionRequestView.class)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    public Response requestExtension(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @NotNull @Valid LifecycleRequests.Extension request) {
        ExtensionRequest extension = lifecycle.requestExtension(id, Versions.fromIfMatch(ifMatch), request, caller);
        return Response.created(URI.create("/api/v1/assignments/" + id + "/extensions/" + extension.id))
                .tag(String.valueOf(assignments.findById(id).version)).entity(ExtensionRequestView.of(extension, calendar)).build();
    }

    @GET
    @Path("{id}/extensions")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The assignment's extension requests and their decisions")
    public List<ExtensionRequestView> extensions(@PathParam("id") UUID id) {
        lifecycle.visible(id, caller);
        return entityManager.createQuery("from ExtensionRequest where assignmentId = :id order by requestedAt", ExtensionRequest.class)
                .setParameter("id", id).getResultList().stream().map(e -> ExtensionRequestView.of(e, calendar)).toList();
    }

    @GET
    @Path("{id}/extensions/{extensionId}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One extension request of the assignment and its decision (a request's Location)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExtensionRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request under this assignment, or an assignment the caller may not see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtensionRequestView extension(@PathParam("id") UUID id, @PathParam("extensionId") UUID extensionId) {
        lifecycle.visible(id, caller);
        ExtensionRequest extension = entityManager.find(ExtensionRequest.class, extensionId);
        if (extension == null || !extension.assignmentId.equals(id)) {
            throw ProblemException.notFound("extension request " + extensionId);
        }
        return ExtensionRequestView.of(extension, calendar);
    }

    @POST
    @Path("{id}/extensions/{extensionId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Transactional
    @Operation(summary = "Approve (the deadline moves, an event is published) or refuse an extension request",
            description = ACTION_ANSWERS)
    public Response decideExtension(@PathParam("id") UUID id, @PathParam("extensionId") UUID extensionId,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @NotNull @Valid LifecycleRequests.ExtensionDecision request) {
        return answer(lifecycle.decideExtension(id, extensionId, Versions.fromIfMatch(ifMatch), request, caller));
    }

    @POST
    @Path("{id}/completion-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("unit-officer")
    @Transactional
    @Operation(summary = "申请办结: ask for the work to be closed, with a summary (IN_PROGRESS → COMPLETION_REQUESTED)",
            description = ACTION_ANSWERS)
    public Response requestCompletion(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                      @NotNull @Valid LifecycleRequests.CompletionRequest request) {
        return answer(lifecycle.requestCompletion(id, Versions.fromIfMatch(ifMatch), request, caller));
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Transactional
    @Operation(summary = "Review a completion request: COMPLETE (销号) or RETURN with a reason",
            description = "COMPLETE may name reviewAt, a later date: the work is completed subject to a re-inspection (复核) that "
                    + "day (the office is reminded; POST …/re-inspection confirms or reopens). When the plan's completion policy "
                    + "requires evidence or targets met and the work lacks them, COMPLETE answers 422 naming each rule "
                    + "(evidence-required, targets-met). " + ACTION_ANSWERS)
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(examples = {
            @ExampleObject(name = "complete subject to re-inspection", value = """
                    {"decision": "COMPLETE", "reason": "同意销号，三个月后复核", "reviewAt": "2027-03-15"}"""),
            @ExampleObject(name = "return", value = "{\"decision\": \"RETURN\", \"reason\": \"缺少佐证材料\"}")}))
    public Response review(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid LifecycleRequests.Review request) {
        return answer(lifecycle.review(id, Versions.fromIfMatch(ifMatch), request, caller));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Transactional
    @Operation(summary = "Cancel open work, with a reason", description = ACTION_ANSWERS)
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid LifecycleRequests.Reason request) {
        return answer(lifecycle.cancel(id, Versions.fromIfMatch(ifMatch), request, caller));
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Transactional
    @Operation(summary = "Reopen an assignment in any state, with a reason (→ ISSUED)", description = ACTION_ANSWERS)
    public Response reopen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid LifecycleRequests.Reason request) {
        return answer(lifecycle.reopen(id, Versions.fromIfMatch(ifMatch), request, caller));
    }

    private Response answer(Assignment a) {
        return Response.ok(AssignmentView.of(a, calendar)).tag(String.valueOf(a.version)).build();
    }

    static final String CONFLICT_EXAMPLE = """
            {"type": "https://supervision.example.org/problems/transition-not-allowed", "title": "Not allowed in this state",
             "status": 409, "detail": "'accept' is not allowed while the assignment is ACCEPTED; allowed now: report, request-extension, handover.",
             "instance": "/api/v1/assignments/1b835283-7649-4791-b3d0-53eb82c1e30a/accept", "allowed": ["report", "request-extension", "handover"]}""";

}
