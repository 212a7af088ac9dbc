package org.supervision.task.assignment;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.task.access.Caller;
import org.supervision.task.api.Problem;
import org.supervision.task.api.ProblemException;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/assignments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "The work each responsible unit owes on each measure")
@SecurityRequirement(name = "SecurityScheme")
@Transactional(Transactional.TxType.SUPPORTS)
public class AssignmentResource {

    private final AssignmentRepository assignments;
    private final Caller caller;

    public AssignmentResource(AssignmentRepository assignments, Caller caller) {
        this.assignments = assignments;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Assignments the caller may see, nearest deadline first",
            description = "A unit officer sees only the assignments of the unit in their token.")
    public List<AssignmentView> list(@QueryParam("planId") UUID planId,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return assignments.page(caller.confinedToUnit().orElse(null), planId, page, size).stream()
                .map(AssignmentView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One assignment")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "404", description = "No such assignment, or another unit's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignmentView get(@PathParam("id") UUID id) {
        return assignments.findVisible(id, caller.confinedToUnit().orElse(null)).map(AssignmentView::of)
                .orElseThrow(() -> ProblemException.notFound("assignment " + id));
    }
}
