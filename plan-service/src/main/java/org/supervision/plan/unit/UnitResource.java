package org.supervision.plan.unit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/units")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "The unit directory: responsible units that plans name")
@SecurityRequirement(name = "SecurityScheme")
public class UnitResource {

    private final UnitRepository units;

    public UnitResource(UnitRepository units) {
        this.units = units;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "List the units of the directory, by code")
    public List<UnitView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return units.listPage(page, size).stream().map(UnitView::of).toList();
    }
}
