package org.supervision.task.review;

import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.task.access.Caller;

import io.quarkus.security.Authenticated;

/**
 * A plan's completion policy: what 销号 requires (evidence; the reported figures meeting the measure's targets).
 * Everyone signed in may read it (units need to know what completing asks of them); the office sets it.
 */
@Path("/api/v1/supervision/completion-policies/{planId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision")
@SecurityRequirement(name = "SecurityScheme")
public class CompletionPolicyResource {

    private final CompletionPolicies policies;
    private final Caller caller;

    public CompletionPolicyResource(CompletionPolicies policies, Caller caller) {
        this.policies = policies;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A plan's completion policy (what 销号 requires); its ETag is the version to send in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CompletionPolicies.View.class)))
    @APIResponse(responseCode = "404", description = "The plan has no completion policy (销号 needs nothing beyond the lifecycle)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("planId") UUID planId) {
        CompletionPolicies.View view = policies.of(planId).map(CompletionPolicies.View::of)
                .orElseThrow(() -> ProblemException.notFound("completion policy of plan " + planId));
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Set what 销号 requires in a plan: evidence files, and the reported figures meeting the measure's targets",
            description = "From now on a COMPLETE review of the plan's work that lacks what the policy requires answers 422 naming "
                    + "each rule (evidence-required, targets-met). A target is met by the figure last reported for its metric "
                    + "(>=, <=, =; ~ within 5%); targets stated only in words are not checked. Changing an existing policy needs "
                    + "If-Match (428 without, 412 when stale); the first setting needs none. Every setting is kept in the "
                    + "policy's history.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "evidence and targets",
            value = "{\"requireEvidence\": true, \"requireTargetsMet\": true}")))
    @APIResponse(responseCode = "200", description = "Saved; ETag is the new version",
            content = @Content(schema = @Schema(implementation = CompletionPolicies.View.class)))
    @APIResponse(responseCode = "404", description = "No assignments of this plan are known",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response set(@PathParam("planId") UUID planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull @Valid CompletionPolicies.Setting setting) {
        CompletionPolicies.View view = policies.set(planId, setting, ifMatch, caller.name());
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @GET
    @Path("history")
    @RolesAllowed({"supervisor", "admin", "leader", "integration"})
    @Operation(summary = "Every setting of a plan's completion policy, oldest first: who set what, when")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CompletionPolicies.ChangeView.class,
            type = SchemaType.ARRAY)))
    public List<CompletionPolicies.ChangeView> history(@PathParam("planId") UUID planId) {
        return policies.history(planId);
    }
}
