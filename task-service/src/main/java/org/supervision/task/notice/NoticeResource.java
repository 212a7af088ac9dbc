package org.supervision.task.notice;

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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.QueryParameterTypes;
import org.supervision.platform.api.QueryValues;
import org.supervision.platform.idempotency.IdempotentCreation;
import org.supervision.task.access.Caller;

import io.quarkus.security.Authenticated;

/**
 * 督办单: the supervision office issues a notice to one unit about some of its assignments; the unit
 * answers once; the office closes it. A unit officer sees only their unit's notices (others' ids
 * answer 404). Changes name the version they were made against in If-Match.
 */
@Path("/api/v1/notices")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "督办单: notices to a unit about its assignments, their answers and closing")
@SecurityRequirement(name = "SecurityScheme")
public class NoticeResource {

    private static final String CHANGE_ANSWERS = "The notice with its new ETag. 409 when the notice is not in a state "
            + "that allows this; 412 when If-Match is stale; 428 without If-Match; 403 when the caller may not take this "
            + "action; 404 for another unit's notice.";

    private final Notices notices;
    private final NoticeRepository repository;
    private final Caller caller;

    public NoticeResource(Notices notices, NoticeRepository repository, Caller caller) {
        this.notices = notices;
        this.repository = repository;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Transactional
    @Operation(summary = "Issue a notice to one unit about some of its assignments, to be answered by respondBy",
            description = "Every assignment named must be the unit's (422 names the offending assignmentIds[i]); respondBy "
                    + "must not be in the past in Asia/Shanghai (400). Answers 201 with Location and ETag.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "422", description = "An assignment that is not the unit's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    public Response issue(@NotNull @Valid NoticeRequests.Issue request) {
        Notice n = notices.issue(request, caller);
        return Response.created(URI.create("/api/v1/notices/" + n.id)).tag(String.valueOf(n.version))
                .entity(NoticeView.of(n, notices.today())).build();
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Notices the caller may see, newest first, with filters and paging",
            description = "A unit officer sees only their unit's notices, whatever unitCode asks. planId matches notices "
                    + "about any assignment of the plan. overdue=true: open notices past their respondBy. "
                    + "X-Total-Count gives the number of matches.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NoticeView.class, type = SchemaType.ARRAY)))
    public Response list(@QueryParam("unitCode") @Size(max = 64) String unitCode,
                         @QueryParam("planId") UUID planId,
                         @QueryParam("state") List<String> states, @QueryParam("overdue") Boolean overdue,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(QueryParameterTypes.LAST_PAGE) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        NoticeFilter filter = confined(new NoticeFilter(blankToNull(unitCode), planId,
                QueryValues.enums(states, NoticeState.class, "state"), overdue, notices.today()));
        List<NoticeView> items = repository.page(filter, page, size).stream().map(n -> NoticeView.of(n, filter.today())).toList();
        return Response.ok(items).header("X-Total-Count", repository.count(filter)).build();
    }

    @GET
    @Path("counts")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "How many notices are open, overdue (open and past respondBy; also counted as open), responded and closed",
            description = "For a unit officer only their unit's notices.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NoticeCounts.class)))
    public NoticeCounts counts(@QueryParam("planId") UUID planId) {
        return repository.counts(confined(new NoticeFilter(null, planId, List.of(), null, notices.today())));
    }

    @GET
    @Path("{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One notice; its ETag is the version to send in If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "404", description = "No such notice, or another unit's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return answer(notices.visible(id, caller));
    }

    @POST
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The unit answers the notice, once (OPEN → RESPONDED)", description = CHANGE_ANSWERS)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NoticeView.class)))
    public Response respond(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid NoticeRequests.Response request) {
        // no @RolesAllowed: another unit's officer must hear 404, as if the notice did not exist, not 403
        return answer(notices.respond(id, ifMatch, request, caller));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The supervision office closes the notice, with a note (OPEN or RESPONDED → CLOSED)",
            description = CHANGE_ANSWERS)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NoticeView.class)))
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull @Valid NoticeRequests.Close request) {
        // the role is checked after visibility, for the same reason as respond
        return answer(notices.close(id, ifMatch, request, caller));
    }

    private NoticeFilter confined(NoticeFilter filter) {
        return caller.confinedToUnit().map(filter::confinedTo).orElse(filter);
    }

    private Response answer(Notice n) {
        return Response.ok(NoticeView.of(n, notices.today())).tag(String.valueOf(n.version)).build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
