package org.supervision.task.review;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.supervision.platform.api.Versions;
import org.supervision.task.access.Caller;
import org.supervision.task.assignment.Assignment;
import org.supervision.task.assignment.AssignmentLifecycle;
import org.supervision.task.assignment.AssignmentView;
import org.supervision.task.assignment.LifecycleRequests;
import org.supervision.task.audit.AuditTrail;
import org.supervision.task.calendar.WorkingDayCalendar;

import io.quarkus.security.Authenticated;

/**
 * 复核 after 销号: the re-inspection of work completed subject to it, and the item's history read as the closed
 * loop 发现—整改—复核—反馈—销号. Who may see an assignment here is who may see it anywhere (404 otherwise).
 */
@Path("/api/v1/assignments/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments")
@SecurityRequirement(name = "SecurityScheme")
public class ReviewResource {

    private final AssignmentLifecycle lifecycle;
    private final AuditTrail audit;
    private final Caller caller;
    private final WorkingDayCalendar calendar;

    public ReviewResource(AssignmentLifecycle lifecycle, AuditTrail audit, Caller caller, WorkingDayCalendar calendar) {
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.caller = caller;
        this.calendar = calendar;
    }

    @POST
    @Path("re-inspection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Transactional
    @Operation(summary = "复核: re-inspect work completed subject to a re-inspection (reviewAt); CONFIRMED or REOPENED with the finding",
            description = "CONFIRMED keeps the work COMPLETED; REOPENED moves it to IN_PROGRESS and the unit is told the finding. "
                    + "Either way the re-inspection is no longer pending (reviewAt cleared) and the office's reminder is withdrawn. "
                    + "Needs If-Match (428 without, 412 when stale); 409 when the work is not COMPLETED or has no re-inspection "
                    + "pending; 403 for anyone but the supervision office. Publishes supervision.assignment.changed.v1 "
                    + "(action RE_INSPECT_CONFIRM or RE_INSPECT_REOPEN, the finding as reason).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reopened", value = """
            {"outcome": "REOPENED", "finding": "复核发现：东航道疏浚段仍有淤积，未达设计水深"}""")))
    @APIResponse(responseCode = "200", description = "The assignment with its new ETag",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "409", description = "Not completed, or no re-inspection pending",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reInspect(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @NotNull @Valid LifecycleRequests.ReInspection request) {
        Assignment a = lifecycle.reInspect(id, Versions.fromIfMatch(ifMatch), request, caller);
        return Response.ok(AssignmentView.of(a, calendar)).tag(String.valueOf(a.version)).build();
    }

    @GET
    @Path("history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The item's closed loop 发现—整改—复核—反馈—销号: every recorded step with its stage, and each stage's count and dates",
            description = "Read from the audit trail: ISSUE/REOPEN/RE_INSPECT_REOPEN are 发现; the unit's work (accept, reports, "
                    + "extensions, handovers, milestones, chasing) 整改; RETURN and RE_INSPECT_CONFIRM 复核; REQUEST_COMPLETION 反馈; "
                    + "COMPLETE 销号. Cancellation and reassignment have no stage. reviewAt is a re-inspection still pending.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LoopHistory.class),
            examples = @ExampleObject(name = "completed, re-inspection pending", value = HISTORY_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such assignment, or another unit's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LoopHistory history(@PathParam("id") UUID id) {
        Assignment a = lifecycle.visible(id, caller);
        return LoopHistory.of(a.id, a.state.name(), a.reviewAt, audit.of(id));
    }

    static final String HISTORY_EXAMPLE = """
            {"assignmentId": "1b835283-7649-4791-b3d0-53eb82c1e30a", "state": "COMPLETED", "currentStage": "CLOSURE",
             "reviewAt": "2027-03-15", "rounds": 1,
             "stages": [{"stage": "DISCOVERY", "label": "发现", "count": 1, "firstAt": "2026-03-01T02:00:00Z", "lastAt": "2026-03-01T02:00:00Z"},
                        {"stage": "RECTIFICATION", "label": "整改", "count": 3, "firstAt": "2026-03-02T01:10:00Z", "lastAt": "2026-11-20T08:00:00Z"},
                        {"stage": "REVIEW", "label": "复核", "count": 0, "firstAt": null, "lastAt": null},
                        {"stage": "FEEDBACK", "label": "反馈", "count": 1, "firstAt": "2026-12-10T03:00:00Z", "lastAt": "2026-12-10T03:00:00Z"},
                        {"stage": "CLOSURE", "label": "销号", "count": 1, "firstAt": "2026-12-20T02:30:00Z", "lastAt": "2026-12-20T02:30:00Z"}],
             "steps": [{"seq": 41, "at": "2026-12-20T02:30:00Z", "actor": "supervisor.li", "action": "COMPLETE", "stage": "CLOSURE",
                        "label": "销号", "fromState": "COMPLETION_REQUESTED", "toState": "COMPLETED", "reason": "同意销号，三个月后复核"}]}""";
}
