package org.supervision.plan.plan;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.plan.api.Problem;
import org.supervision.plan.api.ProblemException;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/plans")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Action plans and their measures")
@SecurityRequirement(name = "SecurityScheme")
public class PlanResource {

    private final Plans plans;
    private final SecurityIdentity caller;

    public PlanResource(Plans plans, SecurityIdentity caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin", "integration"})
    @Operation(summary = "Create and publish a structured plan",
            description = "Stores the plan and publishes supervision.plan.published.v1 in the same transaction; "
                    + "task-service then issues one assignment per responsible unit of each measure.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreatePlanRequest.class),
            examples = @ExampleObject(name = "one measure, two units", value = Examples.CREATE_PLAN)))
    @APIResponse(responseCode = "201", description = "Created; Location names the plan",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing title", value = Examples.INVALID_PLAN)))
    @APIResponse(responseCode = "422", description = "A named unit is not in the directory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid CreatePlanRequest request) {
        PlanView plan = plans.createPublished(request, caller.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/plans/" + plan.id())).entity(plan).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One plan with its measures and their units")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanView get(@PathParam("id") UUID id) {
        return plans.find(id).orElseThrow(() -> ProblemException.notFound("plan " + id));
    }

    @GET
    @Operation(summary = "Plans, newest first")
    public List<PlanView.Summary> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return plans.list(page, size);
    }
}
