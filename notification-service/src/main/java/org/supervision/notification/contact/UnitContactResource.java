package org.supervision.notification.contact;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/unit-contacts/{unitCode}")
@RolesAllowed({"supervisor", "admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Unit contacts", description = "Where a unit's reminder e-mails go")
@SecurityRequirement(name = "SecurityScheme")
public class UnitContactResource {

    private final UnitContacts contacts;

    public UnitContactResource(UnitContacts contacts) {
        this.contacts = contacts;
    }

    @GET
    @Operation(summary = "The unit's e-mail addresses (also a retired unit's), with its name and status from the unit directory")
    public UnitContactsView get(@PathParam("unitCode") @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String unitCode) {
        return contacts.of(unitCode);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the unit's e-mail addresses")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "An address is not an e-mail address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A unit code the suite does not know (rule unknown-unit), or an address "
            + "added to a retired unit (rule retired-unit); nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitContactsView put(@PathParam("unitCode") @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String unitCode,
                                @Valid @NotNull UnitContactsRequest request) {
        return contacts.replace(unitCode, request);
    }
}
