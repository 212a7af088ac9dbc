package org.supervision.plan.region;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.idempotency.IdempotentCreation;

import io.quarkus.security.Authenticated;

/**
 * The regions units and plans belong to, under the unit directory's path (the gateway routes
 * /api/v1/units to this service). Every signed-in caller may read them; supervisors and admins add them.
 */
@Path("/api/v1/units/regions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "The regions (province, city, county) that units and plans belong to")
@SecurityRequirement(name = "SecurityScheme")
public class RegionResource {

    static final String REGION = """
            {"code": "450700", "name": "钦州市", "level": "CITY", "parentCode": "450000", "abbreviation": "钦",
             "prefixes": ["钦州市", "钦州", "市"], "home": true, "version": 0}""";
    static final String REGION_REQUEST = """
            {"code": "451200", "name": "河池市", "level": "CITY", "parentCode": "450000", "abbreviation": "河",
             "prefixes": ["河池市", "河池", "市"]}""";

    private final Regions regions;

    public RegionResource(Regions regions) {
        this.regions = regions;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The regions, by code",
            description = "home marks the deployment's home region (supervision.directory.home-region): the region of a plan"
                    + " that names none and of units stored before regions existed.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegionView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
            examples = @ExampleObject(name = "one region", value = "[" + REGION + "]")))
    public List<RegionView> list() {
        String home = regions.homeCode();
        return regions.all().stream().map(r -> RegionView.of(r, home)).toList();
    }

    @GET
    @Path("{code}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One region")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RegionView.class),
            examples = @ExampleObject(name = "region", value = REGION)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("code") @Size(max = 12) String code) {
        Region region = regions.find(code).orElseThrow(() -> ProblemException.notFound("region " + code));
        return Response.ok(RegionView.of(region, regions.homeCode())).tag(String.valueOf(region.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Add a region",
            description = "prefixes: what its units' names open with, its names (河池市, 河池) and the level word of its own"
                    + " units (市); its name is always one. A city lies under a province, a county under a city (or a province).")
    @RequestBody(content = @Content(schema = @Schema(implementation = RegionRequest.class),
            examples = @ExampleObject(name = "new city", value = REGION_REQUEST)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (unknown parent, a level that cannot lie under it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code is another region's; errors[].field names it, rule unique",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    public Response create(@NotNull @Valid RegionRequest request) {
        Region region = regions.create(request);
        return Response.created(URI.create("/api/v1/units/regions/" + region.code)).tag(String.valueOf(region.version))
                .entity(RegionView.of(region, regions.homeCode())).build();
    }
}
