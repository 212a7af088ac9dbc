package org.supervision.task.pending;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.QueryParameterTypes;
import org.supervision.platform.api.QueryValues;

import io.quarkus.security.Authenticated;

/** The supervision office's to-do queue (待办): what waits for the office across plans, oldest first. */
@Path("/api/v1/supervision/pending")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "Warning levels, reporting cycles, statistics and the unit ranking")
@SecurityRequirement(name = "SecurityScheme")
public class PendingResource {

    static final String EXAMPLE = """
            {"items": [{"kind": "EXTENSION_REQUEST", "since": "2026-12-01T02:15:00Z",
              "planId": "2f6b8d4a-1c3e-4a5b-9d7f-0e2c4a6b8d10", "planTitle": "钦州市2026年优化营商环境重点任务分工方案",
              "assignmentId": "6d2a9c4e-7b1f-4e8a-9c3d-5f0b2a7e1c94", "measureNumber": "3",
              "measureTitle": "加快钦州港东航道扩建工程建设", "unitCode": "qz-fgw", "unitName": "钦州市发展和改革委员会",
              "extensionId": "3c1d5e7f-9a2b-4c6d-8e0f-1a2b3c4d5e6f", "requestedDeadline": "2027-01-31",
              "noticeId": null, "noticeTitle": null, "detail": "受台风影响，申请延期一个月",
              "actionPath": "/api/v1/assignments/6d2a9c4e-7b1f-4e8a-9c3d-5f0b2a7e1c94/extensions/3c1d5e7f-9a2b-4c6d-8e0f-1a2b3c4d5e6f/decision"}],
             "counts": {"COMPLETION_REQUEST": 4, "EXTENSION_REQUEST": 1, "DISPUTE": 0, "NOTICE_RESPONSE": 2},
             "total": 7, "page": 0, "size": 1}""";

    private final PendingQueue queue;

    public PendingResource(PendingQueue queue) {
        this.queue = queue;
    }

    @GET
    @RolesAllowed({"supervisor", "admin", "leader"})
    @Operation(summary = "What waits for the supervision office, oldest first, with counts per kind",
            description = "Completion requests (申请办结), pending extension requests (延期申请), disputes (退回/申请调整) and "
                    + "answered 督办单, across plans, each with the path where the office answers it. kind and planId narrow "
                    + "the list; counts cover every kind within planId; total counts what the request matches. "
                    + "Supervisors and admins act on it, leaders read it; unit officers and integrations get 403.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PendingPage.class),
            examples = @ExampleObject(name = "one extension request", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "An unknown kind, or a page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the supervision office nor a leader",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PendingPage pending(@QueryParam("kind") @Parameter(description = "COMPLETION_REQUEST, EXTENSION_REQUEST, DISPUTE or NOTICE_RESPONSE")
                               String kind,
                               @QueryParam("planId") UUID planId,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(QueryParameterTypes.LAST_PAGE) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return queue.page(planId, QueryValues.one(kind, PendingKind.class, "kind"), page, size);
    }
}
