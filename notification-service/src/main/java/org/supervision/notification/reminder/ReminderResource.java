package org.supervision.notification.reminder;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.notification.api.Problem;
import org.supervision.notification.api.ProblemException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/reminders")
@RolesAllowed({"supervisor", "admin", "leader"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders", description = "The persistent reminder schedule")
@SecurityRequirement(name = "SecurityScheme")
public class ReminderResource {

    private final EntityManager entityManager;

    public ReminderResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The schedule (pending, sent and cancelled, by due time) of an assignment (assignmentId), "
            + "or a unit's reminders in a plan that are not of one assignment: reporting reminders and report-missing notices "
            + "(planId and unitCode)")
    @APIResponse(responseCode = "400", description = "Neither assignmentId nor planId with unitCode",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReminderView> list(@QueryParam("assignmentId") UUID assignmentId, @QueryParam("planId") UUID planId,
                                   @QueryParam("unitCode") @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String unitCode) {
        if (assignmentId != null) {
            return entityManager.createQuery("from Reminder r join fetch r.assignment where r.assignment.assignmentId = ?1 "
                            + "order by r.dueAt, r.kind", Reminder.class)
                    .setParameter(1, assignmentId).getResultList().stream().map(ReminderView::of).toList();
        }
        if (planId == null || unitCode == null) {
            throw new ProblemException(Problem.badRequest("Say whose reminders: an assignment, or a unit in a plan.",
                    List.of(new Problem.Violation(planId == null ? "planId" : "unitCode", "required-without-assignmentId",
                            "give assignmentId, or planId and unitCode"))));
        }
        return entityManager.createQuery("from Reminder r where r.assignment is null and r.planId = ?1 and r.unitCode = ?2 "
                        + "order by r.dueAt, r.kind", Reminder.class)
                .setParameter(1, planId).setParameter(2, unitCode).getResultList().stream().map(ReminderView::of).toList();
    }
}
