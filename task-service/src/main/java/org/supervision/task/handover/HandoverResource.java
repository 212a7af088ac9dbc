package org.supervision.task.handover;

import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.supervision.task.assignment.AssignmentView;
import org.supervision.task.assignment.LifecycleRequests;
import org.supervision.task.calendar.WorkingDayCalendar;

import io.quarkus.security.Authenticated;

/** 转办: the unit's officer names who inside the unit is now in charge, and the chain of handovers. */
@Path("/api/v1/assignments/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments")
@SecurityRequirement(name = "SecurityScheme")
public class HandoverResource {

    private final Handovers handovers;
    private final Caller caller;
    private final WorkingDayCalendar calendar;

    public HandoverResource(Handovers handovers, Caller caller, WorkingDayCalendar calendar) {
        this.handovers = handovers;
        this.caller = caller;
        this.calendar = calendar;
    }

    @POST
    @Path("handover")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("unit-officer")
    @Transactional
    @Operation(summary = "转办: hand the work on inside the unit to a new person in charge (责任人), optionally a department",
            description = "Only the officer of the assignment's own unit (another unit's assignment is 404; anyone else 403), while "
                    + "the work is ACCEPTED, IN_PROGRESS or COMPLETION_REQUESTED (409 otherwise). Needs If-Match (428 without, "
                    + "412 when stale). The handover is kept (GET …/handovers), audited (action HANDOVER) and published as "
                    + "supervision.assignment.changed.v1. The phone given belongs to the new person; none clears the old one.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "to a department head", value = """
            {"personInCharge": "李四", "department": "投资科", "phone": "0777-2820000", "note": "项目审批由投资科具体承办"}""")))
    @APIResponse(responseCode = "200", description = "The assignment with its new ETag",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in this state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response handOver(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid LifecycleRequests.Handover request) {
        Assignment a = handovers.handOver(id, Versions.fromIfMatch(ifMatch), request, caller);
        return Response.ok(AssignmentView.of(a, calendar)).tag(String.valueOf(a.version)).build();
    }

    @GET
    @Path("handovers")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The assignment's handovers inside its unit (转办), oldest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HandoverView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such assignment, or another unit's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<HandoverView> list(@PathParam("id") UUID id) {
        return handovers.of(id, caller);
    }
}
