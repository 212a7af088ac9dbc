package org.supervision.plan.imports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.plan.plan.Plans;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** {@code GET /api/v1/plans/{id}/source}: the original file an imported plan was read from. */
@Path("/api/v1/plans/{id}/source")
@Authenticated
@Tag(name = "Plan import")
@SecurityRequirement(name = "SecurityScheme")
public class PlanSourceResource {

    private final Plans plans;
    private final PlanSources sources;
    private final SecurityIdentity caller;

    public PlanSourceResource(Plans plans, PlanSources sources, SecurityIdentity caller) {
        this.plans = plans;
        this.sources = sources;
        this.caller = caller;
    }

    @GET
    @Produces({MediaType.APPLICATION_OCTET_STREAM, Problem.MEDIA_TYPE})
    @Operation(summary = "The original file of an imported plan, as it was sent",
            description = "The 公文 is the record: the file is kept with the draft and stays after publication. Content-Type is "
                    + "the file's; ETag its SHA-256. Whoever may read the plan may read its source.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM))
    @APIResponse(responseCode = "404", description = "No such plan, a draft the caller may not see, or a plan not imported from a file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response source(@PathParam("id") UUID id) {
        plans.get(id, caller); // 404 unless the caller may read the plan
        PlanSource source = sources.find(id);
        if (source == null) {
            throw ProblemException.notFound("source file of plan " + id + " (it was typed in, or imported before files were kept)");
        }
        String name = PlanSources.downloadName(source);
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(source.content, source.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .tag(source.sha256).build();
    }
}
