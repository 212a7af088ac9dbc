package org.supervision.notification.webhook;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.notification.access.Caller;
import org.supervision.platform.api.Problem;
import org.supervision.platform.idempotency.IdempotentCreation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/webhooks")
@RolesAllowed({"supervisor", "admin", "integration"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Other systems that receive every reminder as a signed JSON POST")
@SecurityRequirement(name = "SecurityScheme")
public class WebhookResource {

    private final WebhookSubscriptions subscriptions;
    private final Caller caller;

    public WebhookResource(WebhookSubscriptions subscriptions, Caller caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a receiver; the answer holds the secret, the only time it is shown")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Not an https URL (rule https-required), a host that does not resolve "
            + "(resolvable-host) or resolves to an internal address (public-address: loopback, link-local, private, "
            + "unique-local, multicast, unspecified), or a secret shorter than 16 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    public Response register(@Valid @NotNull WebhookRequest request) {
        WebhookView created = subscriptions.register(request, caller.name());
        return Response.created(URI.create("/api/v1/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "The receivers (without their secrets): every one for supervisors and admins, an integration's own")
    public List<WebhookView> list() {
        return subscriptions.list(caller.webhookOwner().orElse(null));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One receiver (a registration's Location), without its secret")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such receiver, or another system's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookView get(@PathParam("id") UUID id) {
        return subscriptions.get(id, caller.webhookOwner().orElse(null));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop sending to a receiver (an integration: one it registered)")
    @APIResponse(responseCode = "204", description = "Stopped")
    @APIResponse(responseCode = "404", description = "No such receiver, or another system's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void deactivate(@PathParam("id") UUID id) {
        subscriptions.deactivate(id, caller.webhookOwner().orElse(null));
    }
}
