package org.supervision.plan.suggestion;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@code /api/v1/units/{id}/duties}: a unit's duty keywords, which the import uses (with past
 * published measures) to suggest lead units for measures that name none. Everyone who may read the
 * directory reads them; supervisors and admins keep them.
 */
@Path("/api/v1/units/{id}/duties")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "The unit directory: responsible units and groups that plans name")
@SecurityRequirement(name = "SecurityScheme")
public class UnitDutyResource {

    private final UnitDuties duties;
    private final SecurityIdentity caller;

    public UnitDutyResource(UnitDuties duties, SecurityIdentity caller) {
        this.duties = duties;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A unit's duty keywords; its ETag is the version to send in If-Match",
            description = "A unit nobody gave keywords has none, at version 0.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnitDutiesView.class),
            examples = @ExampleObject(name = "tax bureau", value = SuggestionExamples.DUTIES)))
    @APIResponse(responseCode = "404", description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        UnitDutiesView view = duties.of(id);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Replace a unit's duty keywords",
            description = "If-Match must carry the ETag read last (0 for a unit without keywords): 428 without it, 412 when "
                    + "they changed meanwhile. Keywords are advice for the import's lead suggestions, never assignments; "
                    + "no event is published.")
    @RequestBody(content = @Content(schema = @Schema(implementation = UnitDutiesRequest.class),
            examples = @ExampleObject(name = "tax bureau", value = SuggestionExamples.DUTIES_REQUEST)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnitDutiesView.class),
            examples = @ExampleObject(name = "tax bureau", value = SuggestionExamples.DUTIES)))
    @APIResponse(responseCode = "400", description = "A keyword is blank or longer than 30 characters, or more than 50 of them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull @Valid UnitDutiesRequest request) {
        UnitDutiesView view = duties.replace(id, Versions.fromIfMatch(ifMatch), request.keywords(),
                caller.getPrincipal().getName());
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }
}
