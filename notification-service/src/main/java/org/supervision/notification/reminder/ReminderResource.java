package org.supervision.notification.reminder;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
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
    @Operation(summary = "An assignment's reminders (pending, sent and cancelled), by due time")
    public List<ReminderView> forAssignment(@QueryParam("assignmentId") @NotNull UUID assignmentId) {
        return entityManager.createQuery("from Reminder r join fetch r.assignment where r.assignment.assignmentId = ?1 "
                        + "order by r.dueAt, r.kind", Reminder.class)
                .setParameter(1, assignmentId).getResultList().stream().map(ReminderView::of).toList();
    }
}
