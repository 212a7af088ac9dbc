package org.supervision.task.item;

import java.net.URI;
import java.util.List;
import java.util.Map;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.supervision.platform.api.QueryParameterTypes;
import org.supervision.platform.api.QueryValues;
import org.supervision.platform.idempotency.IdempotentCreation;
import org.supervision.task.access.Caller;
import org.supervision.task.assignment.Assignment;
import org.supervision.task.supervision.WorkSource;

import io.quarkus.security.Authenticated;

/**
 * Supervision items (督办事项): work the office raises from no plan (a leader's instruction, a 12345 complaint, an
 * inspection or audit finding). The office creates them; leaders, integrations and the office read all; a unit
 * officer reads only items that assign their unit (others answer 404). The work itself is done and changed
 * through the item's assignments, under /api/v1/assignments.
 */
@Path("/api/v1/supervision/items")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision items", description = "督办事项 from no plan: leaders' instructions, 12345 complaints, inspection and audit findings")
@SecurityRequirement(name = "SecurityScheme")
public class ItemResource {

    private final Items items;
    private final ItemRepository repository;
    private final Caller caller;

    public ItemResource(Items items, ItemRepository repository, Caller caller) {
        this.items = items;
        this.repository = repository;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Transactional
    @Operation(summary = "Raise a supervision item (督办事项) and issue its work to the lead and cooperating units",
            description = "source is LEADER_INSTRUCTION (批示), HOTLINE_12345, INSPECTION (巡察), AUDIT (审计) or OTHER; basis is "
                    + "the document it rests on (title required, 文号 and date optional, the date not in the future). Units are "
                    + "codes of the unit directory: an unknown, retired or repeated code is a 400 naming leadUnits[i] or "
                    + "cooperatingUnits[i]. deadline must be today (Asia/Shanghai) or later and at most 2100-12-31. "
                    + "priority NORMAL (default), HIGH or URGENT. An optional reportingCycle sets the item's reporting "
                    + "cycle (as PUT /api/v1/supervision/reporting-cycles/{id} does for a plan). Each unit gets an ISSUED "
                    + "assignment (planId and measureId = the item's id) with the lifecycle, reminders, warnings and "
                    + "statistics of a plan's work; supervision.assignment.issued.v1 carries itemId and itemSource. "
                    + "Answers 201 with Location and ETag.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "12345 hotline complaint", value = ItemExamples.HOTLINE),
            @ExampleObject(name = "leader's instruction", value = ItemExamples.LEADER)}))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "400", description = "Bad input, e.g. a unit the directory does not know",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown unit", value = ItemExamples.UNKNOWN_UNIT)))
    @APIResponse(responseCode = "403", description = "Not the supervision office",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    public Response create(@NotNull @Valid ItemRequests.Create request) {
        SupervisionItem item = items.create(request, caller);
        return Response.created(URI.create("/api/v1/supervision/items/" + item.id)).tag(String.valueOf(item.version))
                .entity(ItemView.of(item, repository.workOf(List.of(item.id)).getOrDefault(item.id, List.of()), null)).build();
    }

    @GET
    @RolesAllowed({"supervisor", "admin", "leader", "integration", "unit-officer"})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Supervision items the caller may see, newest first, with filters and paging",
            description = "source (repeatable) narrows to kinds of items; state (repeatable: OPEN, COMPLETED, CANCELLED, "
                    + "from the items' work); unitCode to items that assign the unit (in any state of its work). A unit "
                    + "officer sees only items that assign their unit, whatever unitCode asks, and of each only their "
                    + "unit's assignments. X-Total-Count gives the number of matches.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ItemView.class, type = SchemaType.ARRAY)))
    public Response list(@QueryParam("source") List<String> sources,
                         @QueryParam("state") List<String> states,
                         @QueryParam("unitCode") @Size(max = 64) String unitCode,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(QueryParameterTypes.LAST_PAGE) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        ItemFilter filter = new ItemFilter(QueryValues.enums(sources, WorkSource.class, "source"),
                QueryValues.enums(states, ItemState.class, "state"), unitCode == null || unitCode.isBlank() ? null : unitCode.strip());
        String own = caller.confinedToUnit().orElse(null);
        if (own != null) {
            filter = filter.confinedTo(own);
        }
        List<SupervisionItem> found = repository.page(filter, page, size);
        Map<UUID, List<Assignment>> work = repository.workOf(found.stream().map(i -> i.id).toList());
        List<ItemView> views = found.stream().map(i -> ItemView.of(i, work.getOrDefault(i.id, List.of()), own)).toList();
        return Response.ok(views).header("X-Total-Count", repository.count(filter)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"supervisor", "admin", "leader", "integration", "unit-officer"})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One supervision item with its assignments; its ETag is its version",
            description = "A unit officer reads an item only when it assigns their unit (else 404), and sees only their unit's assignments.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "404", description = "No such item, or one that does not assign the unit officer's unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        SupervisionItem item = items.visible(id, caller);
        List<Assignment> work = repository.workOf(List.of(id)).getOrDefault(id, List.of());
        return Response.ok(ItemView.of(item, work, caller.confinedToUnit().orElse(null))).tag(String.valueOf(item.version)).build();
    }
}
