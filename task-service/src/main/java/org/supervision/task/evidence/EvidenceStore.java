package org.supervision.task.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.task.assignment.Assignment;
import org.supervision.task.audit.AuditTrail;

/**
 * Stores evidence files in PostgreSQL, one record per distinct content per assignment: the same
 * bytes sent twice (a retried upload, a double click) find the first record instead of a copy.
 */
@ApplicationScoped
public class EvidenceStore {

    /** What an upload did: stored a new file, or found the same content stored before. */
    public record Added(EvidenceFile file, boolean created) {
    }

    private final EntityManager entityManager;
    private final ContentSniffer sniffer;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxBytes;

    public EvidenceStore(EntityManager entityManager, ContentSniffer sniffer, AuditTrail audit, Clock clock,
                         @ConfigProperty(name = "supervision.evidence.max-bytes", defaultValue = "20971520") long maxBytes) {
        this.entityManager = entityManager;
        this.sniffer = sniffer;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @Transactional
    public Added add(Assignment assignment, EvidenceUpload upload, String actor) {
        if (!assignment.isOpen()) {
            throw new ProblemException(Problem.of(409, "assignment-closed", "The assignment is closed",
                    "Evidence is added to open work; this assignment is " + assignment.state + "."));
        }
        String fileName = FileNames.clean(upload.fileName());
        String note = upload.note() == null || upload.note().isBlank() ? null : upload.note().strip();
        checkForm(upload, fileName, note);
        byte[] content = read(upload);
        String mediaType = sniffer.mediaType(fileName, content, upload.file()).orElseThrow(() -> new ProblemException(
                new Problem("https://supervision.example.org/problems/unsupported-media-type", "Unsupported file type", 415,
                        "Evidence is one of " + FileKind.allowedExtensions() + ", and its content must be what its name says.",
                        null, List.of(new Problem.Violation("file", "file-type", "not an accepted type: " + fileName)))));
        String sha256 = sha256(content);
        Optional<EvidenceFile> existing = find(assignment.id, sha256);
        if (existing.isPresent()) {
            return new Added(existing.get(), false);
        }
        EvidenceFile file = new EvidenceFile();
        file.id = UUID.randomUUID();
        file.assignmentId = assignment.id;
        file.fileName = fileName;
        file.mediaType = mediaType;
        file.sizeBytes = content.length;
        file.sha256 = sha256;
        file.note = note;
        file.uploadedBy = actor;
        file.uploadedAt = OffsetDateTime.now(clock);
        // a concurrent upload of the same bytes may have got in since find(): the unique key decides, no error
        int inserted = entityManager.unwrap(Session.class).createNativeMutationQuery("""
                insert into evidence_file (id, assignment_id, file_name, media_type, size_bytes, sha256, note, uploaded_by, uploaded_at)
                values (:id, :assignment, :name, :type, :size, :sha, :note, :by, :at)
                on conflict (assignment_id, sha256) do nothing""")
                .setParameter("id", file.id).setParameter("assignment", file.assignmentId).setParameter("name", file.fileName)
                .setParameter("type", file.mediaType).setParameter("size", file.sizeBytes).setParameter("sha", file.sha256)
                .setParameter("note", file.note, String.class).setParameter("by", file.uploadedBy).setParameter("at", file.uploadedAt)
                .executeUpdate();
        if (inserted == 0) {
            return new Added(find(assignment.id, sha256).orElseThrow(), false);
        }
        EvidenceContent stored = new EvidenceContent();
        stored.fileId = file.id;
        stored.content = content;
        entityManager.persist(stored);
        audit.record(assignment, assignment.auditSnapshot(), actor, "EVIDENCE_ADDED", fileName);
        return new Added(file, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceFile> of(UUID assignmentId) {
        return entityManager.createQuery("from EvidenceFile where assignmentId = :id order by uploadedAt, id", EvidenceFile.class)
                .setParameter("id", assignmentId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EvidenceFile> file(UUID assignmentId, UUID fileId) {
        return entityManager.createQuery("from EvidenceFile where id = :file and assignmentId = :id", EvidenceFile.class)
                .setParameter("file", fileId).setParameter("id", assignmentId).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] content(EvidenceFile file) {
        return entityManager.find(EvidenceContent.class, file.id).content;
    }

    private void checkForm(EvidenceUpload upload, String fileName, String note) {
        if (upload.size() == 0) {
            throw new ProblemException(Problem.badRequest("The file is empty.",
                    List.of(new Problem.Violation("file", "not-empty", "an empty file is no evidence"))));
        }
        if (upload.size() > maxBytes) {
            throw new ProblemException(new Problem("https://supervision.example.org/problems/too-large", "File too large", 413,
                    "Evidence files are at most " + maxBytes + " bytes; this one has " + upload.size() + ".", null,
                    List.of(new Problem.Violation("file", "max-size", "at most " + maxBytes + " bytes"))));
        }
        if (fileName.isEmpty() || fileName.length() > FileNames.MAX_LENGTH) {
            throw new ProblemException(Problem.badRequest("The file needs a name of 1 to " + FileNames.MAX_LENGTH + " characters.",
                    List.of(new Problem.Violation("file", "file-name", "name the file, in at most " + FileNames.MAX_LENGTH
                            + " characters"))));
        }
        if (note != null && (note.length() > 500 || note.indexOf('\0') >= 0)) {
            throw new ProblemException(Problem.badRequest("The note is too long or holds U+0000.",
                    List.of(new Problem.Violation("note", "size", "at most 500 characters, without U+0000"))));
        }
    }

    private Optional<EvidenceFile> find(UUID assignmentId, String sha256) {
        return entityManager.createQuery("from EvidenceFile where assignmentId = :id and sha256 = :sha", EvidenceFile.class)
                .setParameter("id", assignmentId).setParameter("sha", sha256).getResultStream().findFirst();
    }

    private static byte[] read(EvidenceUpload upload) {
        try {
            return Files.readAllBytes(upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file vanished before it was read", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
