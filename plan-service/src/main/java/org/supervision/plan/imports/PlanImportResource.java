package org.supervision.plan.imports;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.supervision.plan.plan.Examples;
import org.supervision.plan.plan.PlanDocument;
import org.supervision.platform.api.FormBodies;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.idempotency.IdempotentCreation;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@code POST /api/v1/plans/imports}: a plan document in, a draft plan (or, with dryRun, only the
 * reading of it) out. {@code Server-Timing} says how long reading and parsing took.
 */
@Path("/api/v1/plans/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"supervisor", "admin", "integration"})
@Tag(name = "Plan import", description = "Turn a plan document (text, .docx, .doc, .wps, .pdf, .xlsx/.csv task table) into a draft "
        + "plan; the original file is kept with the draft")
@SecurityRequirement(name = "SecurityScheme")
public class PlanImportResource {

    private final PlanImports imports;
    private final SecurityIdentity caller;

    private static final String REGION = "the region the plan was issued in (GET /api/v1/units/regions; 400 unknown-region when"
            + " there is none of this code): its unit names resolve there, then in its parents. Without it, the region its"
            + " issuer or document number names (钦州市人民政府办公室, 钦政办), else the deployment's home region (warning"
            + " REGION_ASSUMED)";

    public PlanImportResource(PlanImports imports, SecurityIdentity caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Import a plan from its text",
            description = "UTF-8 unless the Content-Type names another charset; text that is not UTF-8 is read as GB18030. "
                    + "With dryRun=true nothing is stored and the answer is 200; otherwise a draft is stored: 201 with Location and ETag. "
                    + "A measure that names no lead gets up to three suggestedLeadUnits (never assignments); a multi-year plan's "
                    + "undated measures fall due at the end of its period, and DEFAULT_DEADLINE says which default was chosen.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN,
            examples = @ExampleObject(name = "plan text", value = Examples.PLAN_TEXT)))
    @APIResponse(responseCode = "200", description = "Dry run: the reading of the document",
            content = @Content(schema = @Schema(implementation = PlanDocument.class),
                    examples = {@ExampleObject(name = "draft", value = Examples.PLAN_DOCUMENT),
                            @ExampleObject(name = "multi-year plan naming no units", value = Examples.IMPORTED_PLAN_DOCUMENT)}))
    @APIResponse(responseCode = "201", description = "Draft stored; Location names it",
            content = @Content(schema = @Schema(implementation = PlanDocument.class),
                    examples = {@ExampleObject(name = "draft", value = Examples.PLAN_DOCUMENT),
                            @ExampleObject(name = "multi-year plan naming no units", value = Examples.IMPORTED_PLAN_DOCUMENT)}))
    @APIResponse(responseCode = "422", description = "Not a document an import reads (empty, binary)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "image", value = Examples.UNREADABLE_DOCUMENT)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    public Response importText(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @Parameter(description = "read and answer, store nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                               @Parameter(description = REGION, example = "450700") @QueryParam("region") @Size(max = 12) String region) {
        return answer(new SourceDocument(body, null, contentType), dryRun, region, "body");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a plan from an uploaded file (.txt, .docx, .doc, .wps, .pdf, .xlsx, .csv)",
            description = "The form field is 'file'. Every format goes through the same parser and warnings as text. A .docx is "
                    + "read as Word shows it (list numbering rendered, headings by style, the title paragraph as the plan's title); "
                    + "a PDF by its text layer, lines joined into paragraphs, page numbers and running heads dropped (a scan "
                    + "without text is 422 no-text-layer); a .doc through HWPF; a .wps when Word-compatible. A task table "
                    + "(任务分工表, in a .docx, .xlsx or .csv) is recognised by the meaning of its Chinese header names (序号, "
                    + "重点任务, 具体措施, 牵头单位, 配合单位, 完成时限...), not by column position; merged cells are laid out, so a "
                    + "重点任务 column merged per section gives each measure its section. The answer names the format "
                    + "(plan.sourceFormat) and where each measure stands in the original (measures[].sourceLocation: page, "
                    + "paragraph or row); a stored draft keeps the original file (plan.source, GET /api/v1/plans/{id}/source).")
    @APIResponse(responseCode = "200", description = "Dry run: the reading of the document",
            content = @Content(schema = @Schema(implementation = PlanDocument.class),
                    examples = @ExampleObject(name = "multi-year plan naming no units", value = Examples.IMPORTED_PLAN_DOCUMENT)))
    @APIResponse(responseCode = "201", description = "Draft stored; Location names it",
            content = @Content(schema = @Schema(implementation = PlanDocument.class),
                    examples = {@ExampleObject(name = "draft", value = Examples.PLAN_DOCUMENT),
                            @ExampleObject(name = "multi-year plan naming no units", value = Examples.IMPORTED_PLAN_DOCUMENT)}))
    @APIResponse(responseCode = "400", description = "No file in the form, or a body that is not a complete multipart form",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 1,000 parts, or a body over the limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not a document an import reads (rule document-format, naming the format), "
            + "a damaged file (document-format), a scanned PDF (no-text-layer), a protected PDF (encrypted), a zip bomb (zip-bomb) "
            + "or a document far larger than a plan (document-too-large)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "image", value = Examples.UNREADABLE_DOCUMENT)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    public Response importFile(@RestForm("file") FileUpload file, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @Parameter(description = "read and answer, store nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                               @Parameter(description = REGION, example = "450700") @QueryParam("region") @Size(max = 12) String region) {
        if (file == null || file.uploadedFile() == null) {
            throw FormBodies.missingFile("file", "document", contentType);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new IllegalStateException("the uploaded file vanished before it was read", e);
        }
        return answer(new SourceDocument(content, file.fileName(), file.contentType()), dryRun, region, "file");
    }

    private Response answer(SourceDocument source, boolean dryRun, String region, String field) {
        PlanImports.Result result;
        try {
            result = imports.importDocument(source, dryRun, caller.getPrincipal().getName(), region);
        } catch (UnreadableDocumentException e) {
            throw new ProblemException(new Problem(Problem.TYPES + "unreadable-document", "Not a plan document", 422,
                    e.getMessage(), null, List.of(new Problem.Violation(field, e.rule(), e.getMessage()))));
        }
        String timing = String.format(Locale.ROOT, "parse;dur=%.2f", result.parseNanos() / 1e6);
        if (!result.stored()) {
            return Response.ok(result.document()).header("Server-Timing", timing).build();
        }
        return Response.created(URI.create("/api/v1/plans/" + result.plan().id))
                .tag(String.valueOf(result.plan().version)).header("Server-Timing", timing)
                .entity(result.document()).build();
    }
}
