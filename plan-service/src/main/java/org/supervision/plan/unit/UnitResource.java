package org.supervision.plan.unit;

import java.net.URI;
import java.util.Comparator;
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

/** The unit directory: every authenticated caller may read it; supervisors and admins keep it. */
@Path("/api/v1/units")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "The unit directory: responsible units and groups that plans name")
@SecurityRequirement(name = "SecurityScheme")
public class UnitResource {

    private static final String TAKEN = "The code, name or an alias is another unit's or group's (also when another request"
            + " stored it at the same moment); errors[].field names it, rule unique";

    private final UnitRepository units;
    private final UnitGroupRepository groups;
    private final UnitDirectory directory;

    public UnitResource(UnitRepository units, UnitGroupRepository groups, UnitDirectory directory) {
        this.units = units;
        this.groups = groups;
        this.directory = directory;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Units of the directory, by code",
            description = "q matches code, name, short name or alias (case-insensitive, part of the text); region keeps the"
                    + " units of one region (its code, GET /api/v1/units/regions).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UnitView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
            examples = @ExampleObject(name = "one unit", value = UnitExamples.UNIT_LIST)))
    public List<UnitView> list(@QueryParam("q") @Size(max = 200)
                               String q,
                               @QueryParam("kind") @Size(max = 40)
                               String kind,
                               @QueryParam("status") UnitStatus status,
                               @Parameter(description = "a region's code: only its units", example = "450700")
                               @QueryParam("region") @Size(max = 12)
                               String region,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(QueryParameterTypes.LAST_PAGE) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return units.search(q, kind, status, region, page, size).stream().map(UnitView::of).toList();
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One unit; its ETag is the version to send in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnitView.class),
            examples = @ExampleObject(name = "unit", value = UnitExamples.UNIT)))
    @APIResponse(responseCode = "404", description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Unit unit = directory.find(id).orElseThrow(() -> ProblemException.notFound("unit " + id));
        return Response.ok(UnitView.of(unit)).tag(String.valueOf(unit.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Add a unit; publishes supervision.unit.created.v1")
    @RequestBody(content = @Content(schema = @Schema(implementation = UnitRequest.class),
            examples = @ExampleObject(name = "new unit", value = UnitExamples.UNIT_REQUEST)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (unknown kind, unknown parent)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = TAKEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    public Response create(@NotNull @Valid UnitRequest request) {
        Unit unit = directory.create(request);
        return Response.created(URI.create("/api/v1/units/" + unit.id)).tag(String.valueOf(unit.version))
                .entity(UnitView.of(unit)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Change a unit (name, short name, kind, parent, aliases); publishes supervision.unit.changed.v1",
            description = "If-Match must carry the ETag read last: 428 without it, 412 when the unit changed meanwhile.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "409", description = TAKEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid UnitRequest request) {
        Unit unit = directory.update(id, Versions.fromIfMatch(ifMatch), request);
        return Response.ok(UnitView.of(unit)).tag(String.valueOf(unit.version)).build();
    }

    @GET
    @Path("groups")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Groups of units (各县区人民政府 → the counties) with their members")
    public List<UnitGroupView> listGroups() {
        return groups.listByCode().stream().map(this::view).toList();
    }

    @GET
    @Path("groups/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One group with its members")
    @APIResponse(responseCode = "404", description = "No such group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getGroup(@PathParam("id") UUID id) {
        UnitGroup group = directory.findGroup(id).orElseThrow(() -> ProblemException.notFound("unit group " + id));
        return Response.ok(view(group)).tag(String.valueOf(group.version)).build();
    }

    @POST
    @Path("groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Add a group; publishes supervision.unit.group.changed.v1")
    @RequestBody(content = @Content(schema = @Schema(implementation = UnitGroupRequest.class),
            examples = @ExampleObject(name = "counties", value = UnitExamples.GROUP_REQUEST)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = UnitGroupView.class)))
    @APIResponse(responseCode = "409", description = TAKEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    public Response createGroup(@NotNull @Valid UnitGroupRequest request) {
        UnitGroup group = directory.createGroup(request);
        return Response.created(URI.create("/api/v1/units/groups/" + group.id)).tag(String.valueOf(group.version))
                .entity(view(group)).build();
    }

    @PUT
    @Path("groups/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Change a group's name, aliases or members (If-Match required)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnitGroupView.class)))
    @APIResponse(responseCode = "409", description = TAKEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response updateGroup(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @NotNull @Valid UnitGroupRequest request) {
        UnitGroup group = directory.updateGroup(id, Versions.fromIfMatch(ifMatch), request);
        return Response.ok(view(group)).tag(String.valueOf(group.version)).build();
    }

    private UnitGroupView view(UnitGroup group) {
        List<UnitGroupView.Member> members = group.members.isEmpty() ? List.of()
                : units.list("id in ?1", group.members).stream()
                        .sorted(Comparator.comparing((Unit u) -> u.code))
                        .map(u -> new UnitGroupView.Member(u.id, u.code, u.name)).toList();
        return new UnitGroupView(group.id, group.code, group.name, List.copyOf(group.aliases), members, group.version,
                group.regionCode);
    }
}
