package org.supervision.task.milestone;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.Versions;
import org.supervision.platform.idempotency.IdempotentCreation;
import org.supervision.task.access.Caller;

import io.quarkus.security.Authenticated;

/** 阶段性目标: milestones of a lead unit's assignment, each with its own date and reminders. */
@Path("/api/v1/assignments/{id}/milestones")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments")
@SecurityRequirement(name = "SecurityScheme")
public class MilestoneResource {

    private final Milestones milestones;
    private final Caller caller;

    public MilestoneResource(Milestones milestones, Caller caller) {
        this.milestones = milestones;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("unit-officer")
    @Transactional
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    @Operation(summary = "Split the work into a milestone (阶段性目标) with its own date",
            description = "Only the officer of the assignment's own unit, and only if it leads the measure (another unit's "
                    + "assignment is 404; a cooperating unit, a supervisor or a leader 403), while the work is open and not "
                    + "disputed (409). The date is today or later (400) and no later than the assignment's deadline (422). "
                    + "Publishes supervision.assignment.milestone-changed.v1 (SET): notification-service reminds the unit before "
                    + "the date and on it. 201 with Location and the milestone's ETag.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a stage", value = """
            {"title": "完成东航道扩建工程初步设计批复", "dueDate": "2026-06-30"}""")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "403", description = "Not the lead unit's officer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("id") UUID id, @NotNull @Valid MilestoneRequests.NewMilestone request) {
        MilestoneView view = milestones.add(id, request, caller);
        return Response.created(URI.create("/api/v1/assignments/" + id + "/milestones/" + view.id()))
                .tag(String.valueOf(view.version())).entity(view).build();
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The assignment's milestones by date, with their state and whether they are overdue")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MilestoneView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such assignment, or another unit's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<MilestoneView> list(@PathParam("id") UUID id) {
        return milestones.of(id, caller);
    }

    @GET
    @Path("{milestoneId}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One milestone (a milestone's Location); its ETag is the version to send in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "404", description = "No such milestone under this assignment, or another unit's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response one(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId) {
        MilestoneView view = milestones.one(id, milestoneId, caller);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @POST
    @Path("{milestoneId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("unit-officer")
    @Transactional
    @Operation(summary = "Mark a milestone reached, optionally with a note",
            description = "The lead unit's officer, with If-Match (the milestone's ETag; 428 without, 412 when stale); 409 when "
                    + "it is done already. Publishes supervision.assignment.milestone-changed.v1 (DONE): its pending reminders are cancelled.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "with a note", value = "{\"note\": \"批复文件已上传\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response done(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid MilestoneRequests.Done request) {
        MilestoneView view = milestones.done(id, milestoneId, Versions.fromIfMatch(ifMatch), request, caller);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }
}
