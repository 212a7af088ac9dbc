package org.supervision.notification.reminder;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.notification.access.Caller;
import org.supervision.platform.api.Problem;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/reminder-policies/{planId}")
@RolesAllowed({"supervisor", "admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminder policies", description = "When a plan's assignments are reminded")
@SecurityRequirement(name = "SecurityScheme")
public class ReminderPolicyResource {

    private final ReminderPolicies policies;
    private final ReminderPlanner planner;
    private final Event<ReminderPolicySaved> policySaved;
    private final Caller caller;

    public ReminderPolicyResource(ReminderPolicies policies, ReminderPlanner planner, Event<ReminderPolicySaved> policySaved,
                                  Caller caller) {
        this.policies = policies;
        this.planner = planner;
        this.policySaved = policySaved;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The plan's reminder policy (the configured defaults when it has none)")
    public ReminderPolicyView get(@PathParam("planId") UUID planId) {
        return policies.view(planId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Set the plan's reminder policy; pending reminders of its open assignments (and its units' reporting reminders) are recomputed")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "A value is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReminderPolicyView put(@PathParam("planId") UUID planId, @Valid @NotNull ReminderPolicy policy) {
        ReminderPolicyView saved = policies.save(planId, policy, caller.name());
        String cause = "policy:" + planId + ":" + saved.updatedAt();
        planner.replanPlan(planId, cause);
        policySaved.fire(new ReminderPolicySaved(planId, cause)); // the reporting reminders follow, in this transaction
        return saved;
    }
}
