package org.supervision.plan.plan;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.QueryParameterTypes;
import org.supervision.platform.api.Versions;
import org.supervision.platform.idempotency.IdempotentCreation;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Plans: read (drafts only by the supervision office), reviewed and published. Every change names
 * the version it was made against in If-Match; every answer carries the plan's ETag.
 */
@Path("/api/v1/plans")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Action plans and their measures: review, publish, change")
@SecurityRequirement(name = "SecurityScheme")
public class PlanResource {

    private final Plans plans;
    private final PlanEditing editing;
    private final PlanPublishing publishing;
    private final SecurityIdentity caller;

    public PlanResource(Plans plans, PlanEditing editing, PlanPublishing publishing, SecurityIdentity caller) {
        this.plans = plans;
        this.editing = editing;
        this.publishing = publishing;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin", "integration"})
    @Operation(summary = "Create and publish a structured plan",
            description = "For systems that send plans already checked: every unit must resolve in the directory. Stores the plan and "
                    + "publishes supervision.plan.published.v1 in the same transaction. To start from a document, use POST /api/v1/plans/imports.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreatePlanRequest.class),
            examples = @ExampleObject(name = "one measure, two units", value = Examples.CREATE_PLAN)))
    @APIResponse(responseCode = "201", description = "Created and published; Location names the plan",
            content = @Content(schema = @Schema(implementation = PlanDocument.class),
                    examples = @ExampleObject(name = "plan", value = Examples.PLAN_DOCUMENT)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing title", value = Examples.INVALID_PLAN)))
    @APIResponse(responseCode = "422", description = "A named unit is not in the directory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    @Transactional // the answer is rendered from the plan in the same session
    public Response create(@NotNull @Valid CreatePlanRequest request) {
        Plan plan = publishing.createPublished(request, caller.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/plans/" + plan.id)).tag(etag(plan))
                .entity(PlanDocument.of(plan, true)).build();
    }

    @GET
    @Operation(summary = "Plans, newest first, with filters and paging",
            description = "q matches title or 文号. X-Total-Count gives the number of matches. Unit officers see published plans only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanSummary.class, type = SchemaType.ARRAY)))
    public Response list(@QueryParam("status") PlanStatus status, @QueryParam("year") Integer year,
                         @QueryParam("q") @Size(max = 200) String q,
                         @QueryParam("issuer") @Size(max = 200)
                         String issuer,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(QueryParameterTypes.LAST_PAGE) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        Plans.Page found = plans.list(new PlanRepository.Filter(status, year, q, issuer), page, size, caller);
        return Response.ok(found.items()).header("X-Total-Count", found.total()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One plan with its measures, units and warnings; the ETag is its version")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanDocument.class),
            examples = @ExampleObject(name = "draft", value = Examples.PLAN_DOCUMENT)))
    @APIResponse(responseCode = "404", description = "No such plan, or a draft the caller may not see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Plan plan = plans.get(id, caller);
        return Response.ok(PlanDocument.of(plan, true)).tag(etag(plan)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Change the plan's header (title, 文号, issuer, dates, year, default deadline)")
    @RequestBody(content = @Content(schema = @Schema(implementation = PlanHeaderRequest.class),
            examples = @ExampleObject(name = "header", value = Examples.PLAN_HEADER)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanDocument.class)))
    @APIResponse(responseCode = "412", description = "The plan changed after the ETag in If-Match was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    @APIResponse(responseCode = "428", description = "No If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional // the answer is rendered from the plan in the same session
    public Response updateHeader(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid PlanHeaderRequest request) {
        return answer(editing.updateHeader(id, Versions.fromIfMatch(ifMatch), request));
    }

    @POST
    @Path("{id}/measures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Add a measure (or a sub-item, with parentId)",
            description = "On a published plan this publishes supervision.plan.measure.added.v1 and task-service assigns it.")
    @RequestBody(content = @Content(schema = @Schema(implementation = MeasureRequest.class),
            examples = @ExampleObject(name = "measure", value = Examples.MEASURE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Added; the answer is the whole plan with its new ETag",
            content = @Content(schema = @Schema(implementation = PlanDocument.class)))
    @APIResponse(responseCode = "422", description = "An id names no unit, group or parent measure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    @Transactional // the answer is rendered from the plan in the same session
    public Response addMeasure(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid MeasureRequest request) {
        Measure measure = editing.add(id, Versions.fromIfMatch(ifMatch), request);
        return Response.created(URI.create("/api/v1/plans/" + id + "/measures/" + measure.id)).tag(etag(measure.plan))
                .entity(PlanDocument.of(measure.plan, true)).build();
    }

    @GET
    @Path("{id}/measures/{measureId}")
    @Operation(summary = "One measure with its sub-items; the ETag is the plan's version, which edits of the measure name in If-Match",
            description = "Readable by whoever may read the plan: a draft's measures only by supervisors, admins, leaders and integrations.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanDocument.MeasureNode.class)))
    @APIResponse(responseCode = "404", description = "No such measure in this plan, or a draft the caller may not see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getMeasure(@PathParam("id") UUID id, @PathParam("measureId") UUID measureId) {
        Plan plan = plans.get(id, caller);
        PlanDocument.MeasureNode measure = PlanDocument.of(plan, true).measure(measureId)
                .orElseThrow(() -> ProblemException.notFound("measure " + measureId + " of plan " + id));
        return Response.ok(measure).tag(etag(plan)).build();
    }

    @PUT
    @Path("{id}/measures/{measureId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Replace a measure: text, units, deadline, targets",
            description = "On a published plan this publishes supervision.plan.measure.changed.v1, or "
                    + "supervision.plan.measure.deadline-changed.v1 when only the deadline moved.")
    @RequestBody(content = @Content(schema = @Schema(implementation = MeasureRequest.class),
            examples = @ExampleObject(name = "measure", value = Examples.MEASURE_REQUEST)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanDocument.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    @Transactional // the answer is rendered from the plan in the same session
    public Response updateMeasure(@PathParam("id") UUID id, @PathParam("measureId") UUID measureId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid MeasureRequest request) {
        return answer(editing.update(id, measureId, Versions.fromIfMatch(ifMatch), request).plan);
    }

    @DELETE
    @Path("{id}/measures/{measureId}")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Remove a measure: deleted from a draft, withdrawn from a published plan",
            description = "Withdrawing publishes supervision.plan.measure.withdrawn.v1 (with the reason) for it and its sub-items.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanDocument.class)))
    @Transactional // the answer is rendered from the plan in the same session
    public Response removeMeasure(@PathParam("id") UUID id, @PathParam("measureId") UUID measureId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Parameter(description = "why, for the units concerned") @QueryParam("reason") @Size(max = 500)
                                  String reason) {
        return answer(editing.remove(id, measureId, Versions.fromIfMatch(ifMatch), reason));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Publish a draft",
            description = "Freezes the plan, adds unknown units to the directory, and publishes supervision.plan.published.v1 "
                    + "with every measure's resolved units, roles, deadline (the plan's default where a measure names none) and targets.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanDocument.class)))
    @APIResponse(responseCode = "409", description = "Already published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    @Transactional // the answer is rendered from the plan in the same session
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(publishing.publish(id, Versions.fromIfMatch(ifMatch)));
    }

    private static Response answer(Plan plan) {
        return Response.ok(PlanDocument.of(plan, true)).tag(etag(plan)).build();
    }

    private static String etag(Plan plan) {
        return String.valueOf(plan.version);
    }

}
