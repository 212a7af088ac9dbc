package org.supervision.task.urge;

import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.task.access.Caller;

import io.quarkus.security.Authenticated;

/** The urges by hand of an assignment, for whoever may see the assignment (its unit officer included). */
@Path("/api/v1/assignments/{id}/urges")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "The work each responsible unit owes on each measure, and its lifecycle")
@SecurityRequirement(name = "SecurityScheme")
public class UrgesResource {

    private final Urging urging;
    private final Caller caller;

    public UrgesResource(Urging urging, Caller caller) {
        this.urging = urging;
        this.caller = caller;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The assignment's urges by hand (催办), first first: when, by whom, with which message")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UrgeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such assignment, or another unit's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<UrgeView> list(@PathParam("id") UUID id) {
        return urging.of(id, caller).stream().map(UrgeView::of).toList();
    }

    @GET
    @Path("{urgeId}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One urge of the assignment (an urge's Location)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UrgeView.class)))
    @APIResponse(responseCode = "404", description = "No such urge under this assignment, or an assignment the caller may not see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UrgeView one(@PathParam("id") UUID id, @PathParam("urgeId") UUID urgeId) {
        return urging.of(id, caller).stream().filter(u -> u.id.equals(urgeId)).findFirst().map(UrgeView::of)
                .orElseThrow(() -> ProblemException.notFound("urge " + urgeId));
    }
}
