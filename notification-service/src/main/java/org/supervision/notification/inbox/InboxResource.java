package org.supervision.notification.inbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.notification.access.Caller;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.QueryParameterTypes;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/inbox")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "What a unit's officers need to know or do, newest first")
@SecurityRequirement(name = "SecurityScheme")
public class InboxResource {

    private final Inbox inbox;
    private final Caller caller;

    public InboxResource(Inbox inbox, Caller caller) {
        this.inbox = inbox;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's unit's inbox (every unit's for supervisors and leaders, the granted units' for an integration)",
            description = "unitCode narrows it to one of the units the caller reads (another answers an empty list): the "
                    + "supervision office reads its own to-do items (kind OFFICE_TODO) with unitCode set to the configured "
                    + "supervision.office.unit-code.")
    @APIResponse(responseCode = "403", description = "An integration whose token grants no unit (no unit claim)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<InboxItemView> list(@QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly,
                                    @QueryParam("unitCode") @Size(max = 64) String unitCode,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) @Max(QueryParameterTypes.LAST_PAGE) int page,
                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return inbox.page(caller.inboxReader().narrowedTo(unitCode), unreadOnly, page, size);
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many items the caller has not read yet")
    @APIResponse(responseCode = "403", description = "An integration whose token grants no unit (no unit claim)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, Long> unreadCount(@QueryParam("unitCode") @Size(max = 64) String unitCode) {
        return Map.of("unread", inbox.unread(caller.inboxReader().narrowedTo(unitCode)));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark an item read (the unit's officer only; the supervision office's own items: supervisors and admins)")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "403", description = "Not the unit's officer: supervisors, leaders and integrations read inboxes but do not mark items read for a unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item, or another unit's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void markRead(@PathParam("id") UUID id) {
        inbox.markRead(id, caller.inboxReader());
    }
}
