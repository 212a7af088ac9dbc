package org.supervision.task.evidence;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.supervision.platform.api.FormBodies;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.idempotency.IdempotentCreation;
import org.supervision.task.access.Caller;
import org.supervision.task.assignment.Assignment;

import io.quarkus.security.Authenticated;

/**
 * 佐证材料: files a unit attaches to its assignment, which its progress reports and completion
 * request refer to. The unit adds them; the unit, the lead unit of the measure, the supervision
 * office and leaders read them; for anyone else the assignment does not exist (404).
 */
@Path("/api/v1/assignments/{id}/evidence")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence", description = "Files attached to an assignment as evidence of the work")
@SecurityRequirement(name = "SecurityScheme")
public class EvidenceResource {

    private final EvidenceStore store;
    private final EvidenceAccess access;
    private final Caller caller;

    public EvidenceResource(EvidenceStore store, EvidenceAccess access, Caller caller) {
        this.store = store;
        this.access = access;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("unit-officer")
    @Transactional
    @Operation(summary = "Attach a file to the unit's open assignment (form fields 'file' and optional 'note')",
            description = "Accepted: pdf, jpg/jpeg, png, docx, xlsx, doc, xls, zip, txt, recognised by their content and "
                    + "extension (415 otherwise); at most supervision.evidence.max-bytes (20 MB; 413); not empty (400). "
                    + "201 with Location for a new file; 200 with the existing record when the same content was attached "
                    + "before. 409 when the assignment is completed or cancelled.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "200", description = "The same content was attached before: that record",
            content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "400", description = "No file in the form, an empty file, or a body that is not a complete multipart form",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "A file over the limit, more than 1,000 parts, or a body over the limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not an accepted type, or content that is not what the name says",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @IdempotentCreation
    @Parameter(ref = IdempotentCreation.HEADER)
    public Response add(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
                        @Parameter(description = "what the file shows, at most 500 characters") @RestForm("note") String note,
                        @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        Assignment assignment = access.toAddTo(id);
        if (file == null || file.uploadedFile() == null) {
            throw FormBodies.missingFile("file", "file", contentType);
        }
        EvidenceStore.Added added = store.add(assignment,
                new EvidenceUpload(file.fileName(), file.uploadedFile(), file.size(), note), caller.name());
        EvidenceView view = EvidenceView.of(added.file());
        return added.created()
                ? Response.created(URI.create("/api/v1/assignments/" + id + "/evidence/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The assignment's evidence files, oldest first, without their content")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EvidenceView.class, type = SchemaType.ARRAY)))
    public List<EvidenceView> list(@PathParam("id") UUID id) {
        return store.of(access.toRead(id).id).stream().map(EvidenceView::of).toList();
    }

    @GET
    @Path("{fileId}")
    @Produces(MediaType.WILDCARD)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Download an evidence file",
            description = "Content-Type is the type this service recognised at upload; Content-Disposition names the file "
                    + "(RFC 5987 for non-ASCII names); the ETag is the SHA-256 of the content (If-None-Match answers 304).")
    @APIResponse(responseCode = "200", description = "The file's bytes")
    @APIResponse(responseCode = "404", description = "No such file, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response download(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Assignment assignment = access.toRead(id);
        EvidenceFile file = store.file(assignment.id, fileId)
                .orElseThrow(() -> ProblemException.notFound("evidence file " + fileId));
        EntityTag tag = new EntityTag(file.sha256);
        // the browser must take the type we recognised, never guess one from the bytes (an HTML "txt" stays text)
        Response.ResponseBuilder answer = ifNoneMatch != null && ifNoneMatch.contains(tag.toString())
                ? Response.notModified(tag)
                : Response.ok(store.content(file), file.mediaType).tag(tag);
        return answer.header("Content-Disposition", FileNames.attachment(file.fileName))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
