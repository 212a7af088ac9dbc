package org.supervision.task.bulletin;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.idempotency.IdempotentCreation;
import org.supervision.task.access.Caller;
import org.supervision.task.api.ChinaTime;

import io.quarkus.security.Authenticated;

/**
 * 月度通报: a period's bulletin built from history (JSON, .docx as an official document, .xlsx), published
 * bulletins stored and announced to the units they name. The office and leaders read them here; units read
 * theirs in their inbox (notification-service), so unit officers get 403 here.
 */
@Path("/api/v1/supervision/bulletins")
@Authenticated
@Tag(name = "Bulletins", description = "月度通报: the period's bulletin from history, published bulletins")
@SecurityRequirement(name = "SecurityScheme")
public class BulletinResource {

    static final String EXAMPLE = """
            {"period": "2024-06", "first": "2024-06-01", "last": "2024-06-30", "asOf": "2024-06-30T16:00:00Z",
             "planId": "2f6b8d4a-1c3e-4a5b-9d7f-0e2c4a6b8d10", "planTitle": "钦州市2024年优化营商环境重点任务分工方案",
             "title": "关于2024年6月《钦州市2024年优化营商环境重点任务分工方案》落实情况的通报", "ruleVersion": 2,
             "cards": {"redCardRedItems": 3, "yellowCardRedItems": 1},
             "totals": {"assignments": 12, "due": 5, "completedOnTime": 3, "completedLate": 1, "overdueAtEnd": 3, "reportsMissing": 2,
                        "urges": 2, "returned": 1, "extensions": 1, "red": 3, "yellow": 1, "unitsWithRedCard": 1, "unitsWithYellowCard": 0},
             "units": [{"rank": 1, "unitCode": "QZ-FGW", "unitName": "市发展改革委", "score": 104.00, "card": "NONE", "assignments": 5,
                        "due": 2, "completedOnTime": 2, "completedLate": 0, "overdueAtEnd": 0, "daysOverdue": 0, "reportsMissing": 0,
                        "urges": 0, "returned": 0, "extensions": 0, "red": 0, "yellow": 1}],
             "ranking": [{"rank": 1, "unitCode": "QZ-FGW", "unitName": "市发展改革委", "score": 104.00, "daysOverdue": 0,
                          "totals": {"ON_TIME": 2, "OVERDUE": 0, "REPORTS_MISSING": 0, "URGES": 0, "EXTENSIONS": 0, "RETURNED": 0},
                          "breakdown": [{"planId": "2f6b8d4a-1c3e-4a5b-9d7f-0e2c4a6b8d10", "role": "LEAD", "kind": "ON_TIME",
                                         "count": 2, "weight": 2, "points": 4}]}],
             "overdueItems": [{"unitCode": "QZ-SCJG", "unitName": "市市场监管局", "role": "LEAD", "planTitle": "钦州市2024年优化营商环境重点任务分工方案",
                               "measureNumber": "3", "measureTitle": "推进“双随机、一公开”监管", "deadline": "2024-06-15",
                               "daysOverdue": 16, "state": "IN_PROGRESS"}]}""";

    private final BulletinBuilder builder;
    private final Bulletins bulletins;
    private final Caller caller;
    private final BulletinDocument.Letterhead letterhead;
    private final java.time.Clock clock;

    public BulletinResource(BulletinBuilder builder, Bulletins bulletins, Caller caller, java.time.Clock clock,
                            @ConfigProperty(name = "supervision.bulletin.issuer-mark", defaultValue = "督查督办工作通报") String issuerMark,
                            @ConfigProperty(name = "supervision.bulletin.addressees", defaultValue = "各有关单位") String addressees,
                            @ConfigProperty(name = "supervision.bulletin.copy-to", defaultValue = "市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。") String copyTo,
                            @ConfigProperty(name = "supervision.bulletin.printed-by", defaultValue = "督查督办办公室") String printedBy) {
        this.builder = builder;
        this.bulletins = bulletins;
        this.caller = caller;
        this.clock = clock;
        this.letterhead = new BulletinDocument.Letterhead(issuerMark, addressees, copyTo, printedBy);
    }

    @GET
    @RolesAllowed({"supervisor", "admin", "leader"})
    @Produces({MediaType.APPLICATION_JSON, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Build the bulletin (月度通报) of a month or year from history",
            description = "Counts from the assignments' audit trail, not today's state: work whose deadline (as it then stood) fell in "
                    + "the period, completions on time and late, work overdue at the period's end (red items), missing progress "
                    + "reports per reporting cycle, 催办 (URGE), returned completion requests (RETURN), approved extensions; the "
                    + "units ranked by each plan's ranking rule, with 红黄牌 (RED at supervision.bulletin.red-card-red-items red "
                    + "items, YELLOW at …yellow-card-red-items). format=JSON|DOCX|XLSX or the Accept header chooses the form; DOCX is "
                    + "laid out as an official document (GB/T 9704: 红头, 文号 placeholder, body, tables, 抄送). Nothing is stored.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulletinContent.class),
                    examples = @ExampleObject(name = "June 2024 of one plan", value = EXAMPLE)),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @APIResponse(responseCode = "400", description = "A period that is not yyyy-MM or yyyy, or has not begun; an unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response build(@Parameter(description = "a month (2024-06) or a year (2024)", example = "2024-06") @QueryParam("period") String period,
                          @QueryParam("planId") UUID planId, @QueryParam("title") String title,
                          @QueryParam("format") String format, @Context HttpHeaders headers) {
        if (period == null || period.isBlank()) {
            throw new ProblemException(Problem.badRequest("Name the period.",
                    List.of(new Problem.Violation("period", "required", "a month like 2024-06 or a year like 2024"))));
        }
        if (title != null && title.length() > 500) {
            throw new ProblemException(Problem.badRequest("The title is too long.",
                    List.of(new Problem.Violation("title", "size", "at most 500 characters"))));
        }
        BulletinContent content = builder.build(Period.parse(period, "period"), planId, title);
        return answer(content, null, BulletinFormat.choose(format, headers.getAcceptableMediaTypes()), "bulletin-" + content.period());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin"})
    @Transactional
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    @Operation(summary = "Publish the bulletin of a period: store it as built now and announce it to the units it names",
            description = "Publishes supervision.bulletin.published.v1; notification-service gives every unit the bulletin names an "
                    + "inbox item with its own line. Answers 201 with Location and the stored bulletin.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "June 2024 of one plan", value = """
            {"period": "2024-06", "planId": "2f6b8d4a-1c3e-4a5b-9d7f-0e2c4a6b8d10", "documentNumber": "钦督通〔2024〕6号"}""")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Bulletins.Stored.class)))
    @APIResponse(responseCode = "400", description = "A bad period, title or 文号",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@NotNull @Valid Bulletins.Publish request) {
        Bulletins.Stored stored = bulletins.publish(request, caller.name());
        return Response.created(URI.create("/api/v1/supervision/bulletins/" + stored.id())).entity(stored).build();
    }

    @GET
    @Path("published")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "admin", "leader"})
    @Operation(summary = "Published bulletins, newest period first (without their content)")
    public List<Bulletins.Summary> published(@QueryParam("period") String period, @QueryParam("planId") UUID planId) {
        String p = period == null || period.isBlank() ? null : Period.parse(period, "period").label();
        return bulletins.list(p, planId);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"supervisor", "admin", "leader"})
    @Produces({MediaType.APPLICATION_JSON, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "One published bulletin as it was published: JSON, or .docx/.xlsx to download (format= or Accept)")
    public Response one(@PathParam("id") UUID id, @QueryParam("format") String format, @Context HttpHeaders headers) {
        Bulletins.Stored stored = bulletins.get(id).orElseThrow(() -> ProblemException.notFound("bulletin " + id));
        BulletinFormat chosen = BulletinFormat.choose(format, headers.getAcceptableMediaTypes());
        if (chosen == BulletinFormat.JSON) {
            return Response.ok(stored, MediaType.APPLICATION_JSON).build();
        }
        return answer(stored.content(), stored.documentNumber(), chosen, "bulletin-" + stored.period());
    }

    private Response answer(BulletinContent content, String documentNumber, BulletinFormat format, String name) {
        return switch (format) {
            case JSON -> Response.ok(content, MediaType.APPLICATION_JSON).build();
            case DOCX -> download(BulletinDocument.write(content, documentNumber, ChinaTime.today(clock), letterhead), format, name);
            case XLSX -> download(BulletinWorkbook.write(content), format, name);
        };
    }

    private static Response download(byte[] bytes, BulletinFormat format, String name) {
        return Response.ok(bytes, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

}
