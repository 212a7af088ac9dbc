package org.supervision.task.urge;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
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

/** 催办 by hand: the supervision office chases the unit about an open assignment now. */
@Path("/api/v1/assignments/{id}/urge")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "The work each responsible unit owes on each measure, and its lifecycle")
@SecurityRequirement(name = "SecurityScheme")
public class UrgeResource {

    static final String REQUEST_EXAMPLE = """
            {"message": "该项任务已逾期，请于本周五前报送整改进展。"}""";

    static final String ANSWER_EXAMPLE = """
            {"id": "5e7c9a1b-3d4f-4a6b-8c2d-0f1e2d3c4b5a", "assignmentId": "6d2a9c4e-7b1f-4e8a-9c3d-5f0b2a7e1c94",
             "ordinal": 2, "message": "该项任务已逾期，请于本周五前报送整改进展。", "urgedBy": "supervisor.li",
             "urgedAt": "2026-12-04T10:30:00+08:00"}""";

    private final Urging urging;
    private final Caller caller;

    public UrgeResource(Urging urging, Caller caller) {
        this.urging = urging;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Transactional
    @Operation(summary = "催办: chase the unit about open work now, through its inbox, e-mail and webhooks",
            description = "Counts the urge on the assignment (urgeCount, lastUrgedAt; the ETag moves), keeps it in "
                    + "GET …/urges and in the audit trail (action URGE), and publishes supervision.assignment.urged.v1, "
                    + "from which notification-service tells the unit at once. The body (application/json) may be empty and its "
                    + "message left out or blank. "
                    + "If-Match as for every action (428 without, 412 when stale); 409 for completed or cancelled work; "
                    + "403 for anyone but supervisors and admins; 404 for no such assignment.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = UrgeRequest.class),
            examples = @ExampleObject(name = "with a message", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The urge; the ETag header is the assignment's new version",
            content = @Content(schema = @Schema(implementation = UrgeView.class),
                    examples = @ExampleObject(name = "the second urge", value = ANSWER_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The assignment is completed or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    public Response urge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid UrgeRequest request) {
        Urge urge = urging.urge(id, Versions.fromIfMatch(ifMatch), request, caller);
        return Response.created(URI.create("/api/v1/assignments/" + id + "/urges/" + urge.id))
                .tag(String.valueOf(urging.assignment(id).version)).entity(UrgeView.of(urge)).build();
    }
}
