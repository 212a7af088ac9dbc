package org.supervision.task.ranking;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.supervision.task.access.Caller;

import io.quarkus.security.Authenticated;

/** 考核: each plan's ranking rule, its versions and who changed it. */
@Path("/api/v1/supervision/ranking-rules")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ranking rules", description = "考核: the weights a plan's units are ranked by, versioned and audited")
@SecurityRequirement(name = "SecurityScheme")
public class RankingRuleResource {

    /** A change of the rule: the weights, and why (kept with the version). */
    public record Change(@NotNull @Valid Weights lead, @NotNull @Valid Weights cooperating, @Size(max = 1000) String reason) {
    }

    static final String EXAMPLE = """
            {"lead": {"onTime": 2, "overdue": -5, "reportsMissing": -2, "urges": -1, "extensions": -1, "returned": -2},
             "cooperating": {"onTime": 1, "overdue": -2, "reportsMissing": -1, "urges": -0.5, "extensions": -0.5, "returned": -1},
             "reason": "2024年度考核办法（钦督考〔2024〕1号）"}""";

    private final RankingRules rules;
    private final Caller caller;

    public RankingRuleResource(RankingRules rules, Caller caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @GET
    @Path("{planId}")
    @RolesAllowed({"supervisor", "admin", "leader", "integration"})
    @Operation(summary = "A plan's ranking rule in force (or an older version with ?version=); ETag is its version",
            description = "score = 100 + Σ count × weight over the unit's lead and cooperating work, never below 0. A plan nobody "
                    + "configured has the default rule, version 0.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RankingRules.Version.class)))
    public Response get(@PathParam("planId") UUID planId, @QueryParam("version") Long version) {
        RankingRules.Version v = version == null ? rules.current(planId)
                : rules.version(planId, version).orElseThrow(() -> RankingRules.noSuchVersion(planId, version));
        return Response.ok(v).tag(String.valueOf(v.version())).build();
    }

    @GET
    @Path("{planId}/versions")
    @RolesAllowed({"supervisor", "admin", "leader", "integration"})
    @Operation(summary = "Every version of a plan's rule, newest first, each with who set it, when and why")
    public List<RankingRules.Version> versions(@PathParam("planId") UUID planId) {
        return rules.history(planId);
    }

    @PUT
    @Path("{planId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Set a plan's ranking rule: a new version, against the version read (If-Match)",
            description = "Weights are points per occurrence, from -100 to 100, for the lead and the cooperating role separately. "
                    + "Needs If-Match with the ETag read (the default rule's is 0): 428 without, 412 when stale. Older versions "
                    + "stay readable.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "the default weights", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The new version; ETag is its number")
    @APIResponse(responseCode = "412", description = "Changed meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response set(@PathParam("planId") UUID planId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull @Valid Change change) {
        RankingRules.Version v = rules.change(planId, new RankingRule(change.lead(), change.cooperating()),
                change.reason() == null || change.reason().isBlank() ? null : change.reason().strip(), ifMatch, caller.name());
        return Response.ok(v).tag(String.valueOf(v.version())).build();
    }
}
