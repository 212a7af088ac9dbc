package org.supervision.notification.reminder;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/reminders")
@RolesAllowed({"supervisor", "admin", "leader"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders", description = "The persistent reminder schedule")
@SecurityRequirement(name = "SecurityScheme")
public class ReminderResource {

    /** A newer replica's kind (rolling upgrade) is listed by a replica that knows it, not read into an entity here. */
    private static final Set<ReminderKind> KNOWN_KINDS = EnumSet.allOf(ReminderKind.class);

    private final EntityManager entityManager;
    private final ReminderResend resend;

    public ReminderResource(EntityManager entityManager, ReminderResend resend) {
        this.entityManager = entityManager;
        this.resend = resend;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The schedule (pending, sent, cancelled and failed, by due time) of an assignment (assignmentId), "
            + "or a unit's reminders in a plan that are not of one assignment: reporting reminders and report-missing notices "
            + "(planId and unitCode). A FAILED reminder could not be sent (failureReason, failedAt); the dispatcher "
            + "does not try it again. Kinds newer than this version are left out (a rolling upgrade)")
    @APIResponse(responseCode = "400", description = "Neither assignmentId nor planId with unitCode",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReminderView> list(@QueryParam("assignmentId") UUID assignmentId, @QueryParam("planId") UUID planId,
                                   @QueryParam("unitCode") @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String unitCode) {
        if (assignmentId != null) {
            return entityManager.createQuery("from Reminder r join fetch r.assignment where r.assignment.assignmentId = ?1 "
                            + "and r.kind in (?2) order by r.dueAt, r.kind", Reminder.class)
                    .setParameter(1, assignmentId).setParameter(2, KNOWN_KINDS).getResultList().stream().map(ReminderView::of).toList();
        }
        if (planId == null || unitCode == null) {
            throw new ProblemException(Problem.badRequest("Say whose reminders: an assignment, or a unit in a plan.",
                    List.of(new Problem.Violation(planId == null ? "planId" : "unitCode", "required-without-assignmentId",
                            "give assignmentId, or planId and unitCode"))));
        }
        return entityManager.createQuery("from Reminder r where r.assignment is null and r.planId = ?1 and r.unitCode = ?2 "
                        + "and r.kind in (?3) order by r.dueAt, r.kind", Reminder.class)
                .setParameter(1, planId).setParameter(2, unitCode).setParameter(3, KNOWN_KINDS).getResultList().stream()
                .map(ReminderView::of).toList();
    }

    @POST
    @Path("{id}/resend")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Send a FAILED reminder again (after its data was fixed): PENDING, sent by the next dispatcher run")
    @APIResponse(responseCode = "200", description = "Pending again")
    @APIResponse(responseCode = "404", description = "No such reminder",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not FAILED, or no longer to be told (the assignment is closed or "
            + "its deadline moved, the day has passed, the report is no longer missing), or of a kind only a newer version "
            + "knows (a rolling upgrade)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReminderView resend(@PathParam("id") UUID id) {
        return resend.resend(id);
    }
}
