package org.supervision.task.bulletin;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.task.ranking.Scoring;

import io.quarkus.security.Authenticated;

/**
 * 考核 ranking of a period by the plan's configured rule, with each unit's breakdown, as JSON or .xlsx. It
 * counts from the same history as the bulletin (a bulletin's ranking is this ranking of its period).
 */
@Path("/api/v1/supervision/ranking/assessment")
@Authenticated
@Tag(name = "Ranking rules")
@SecurityRequirement(name = "SecurityScheme")
public class AssessmentResource {

    private final BulletinBuilder builder;

    public AssessmentResource(BulletinBuilder builder) {
        this.builder = builder;
    }

    @GET
    @RolesAllowed({"supervisor", "admin", "leader", "integration"})
    @Produces({MediaType.APPLICATION_JSON, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Units ranked by the plan's ranking rule for a month or year, with each score's breakdown",
            description = "score = 100 + Σ count × weight (the plan's rule, lead and cooperating separately), never below 0; ties to "
                    + "fewer overdue pieces, fewer days overdue, then unit code. format=JSON|XLSX or Accept.")
    public Response assessment(@QueryParam("planId") UUID planId,
                               @Parameter(description = "a month (2024-06) or a year (2024)", example = "2024") @QueryParam("period") String period,
                               @QueryParam("format") String format, @Context HttpHeaders headers) {
        if (period == null || period.isBlank()) {
            throw new ProblemException(Problem.badRequest("Name the period.",
                    List.of(new Problem.Violation("period", "required", "a month like 2024-06 or a year like 2024"))));
        }
        BulletinFormat chosen = BulletinFormat.choose(format, headers.getAcceptableMediaTypes());
        if (chosen == BulletinFormat.DOCX) {
            throw new ProblemException(Problem.badRequest("The ranking is exported as JSON or XLSX.",
                    List.of(new Problem.Violation("format", "one-of", "JSON or XLSX"))));
        }
        List<Scoring.Ranked> ranking = builder.build(Period.parse(period, "period"), planId, null).ranking();
        if (chosen == BulletinFormat.JSON) {
            return Response.ok(ranking, MediaType.APPLICATION_JSON).build();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            new SafeCells(book).sheet(book, "考核排名", BulletinWorkbook.BREAKDOWN_HEADER, BulletinWorkbook.breakdown(ranking));
            book.write(out);
            return Response.ok(out.toByteArray(), chosen.mediaType)
                    .header("Content-Disposition", "attachment; filename=\"ranking-" + period.strip() + ".xlsx\"")
                    .header("X-Content-Type-Options", "nosniff").build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the workbook could not be written", e);
        }
    }
}
