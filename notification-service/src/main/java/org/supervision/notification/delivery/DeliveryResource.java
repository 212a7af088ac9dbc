package org.supervision.notification.delivery;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.QueryParameterTypes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/deliveries")
@RolesAllowed({"supervisor", "admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "The delivery log: every attempt on every channel")
@SecurityRequirement(name = "SecurityScheme")
public class DeliveryResource {

    private final DeliveryLog log;
    private final Resend resend;

    public DeliveryResource(DeliveryLog log, Resend resend) {
        this.log = log;
        this.resend = resend;
    }

    @GET
    @Operation(summary = "Deliveries in one status, most recently changed first (FAILED: will be retried; DEAD: gave up)")
    public List<DeliveryView> list(@QueryParam("status") @NotNull DeliveryStatus status,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) @Max(QueryParameterTypes.LAST_PAGE) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return log.withStatus(status, page, size).stream().map(DeliveryView::of).toList();
    }

    @GET
    @Path("by-reminder/{reminderId}")
    @Operation(summary = "Every delivery of one reminder")
    public List<DeliveryView> ofReminder(@PathParam("reminderId") UUID reminderId) {
        return log.ofReminder(reminderId).stream().map(DeliveryView::of).toList();
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Try a failed or dead delivery again now")
    @APIResponse(responseCode = "200", description = "Due again")
    @APIResponse(responseCode = "404", description = "No such delivery",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not failed or dead, or an inbox delivery",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeliveryView resend(@PathParam("id") UUID id) {
        return resend.resend(id);
    }
}
