package org.supervision.platform.api;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;

/**
 * What a multipart/form-data body is refused for. Quarkus REST takes the form apart before any
 * resource method runs, and fails with exceptions of its own that say nothing to a client: an
 * IOException for a body that ends before its closing boundary (an empty or cut-off body, or parts
 * that use another boundary than the Content-Type names), a RuntimeException past its 1,000 parts,
 * for a header line that is not one, or for a charset nobody knows, a bare 413 past a size. Those are
 * the client's mistakes: 400 or 413 naming the body and the rule. A failure of the server's own under
 * the reader (a full disk while an upload is written) is not, and stays a 500.
 */
public final class FormBodies {

    /** The reader's own limit (MultiPartParserDefinition); not configurable. */
    public static final int MAX_PARTS = 1000;

    private static final String READER = "org.jboss.resteasy.reactive.server.core.multipart.";

    private FormBodies() {
    }

    /** The answer to a failure of the form reader, or empty when {@code failure} is not one. */
    public static Optional<Problem> refusal(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (!raisedIn(failure)) {
            return Optional.empty();
        }
        if (root instanceof UnsupportedEncodingException) {
            return Optional.of(Problem.badRequest("The form names a charset this service does not know: " + root.getMessage() + ".",
                    List.of(new Problem.Violation("body", "charset", "a charset such as UTF-8"))));
        }
        if (!thrownBy(root)) {
            return Optional.empty(); // the reader was writing the upload and the file system failed: ours
        }
        if (root instanceof WebApplicationException tooLarge && tooLarge.getResponse().getStatus() == 413) {
            return Optional.of(tooLarge("The form is too large: a field other than a file is over the limit of a form "
                    + "field, or the body is over the service's limit.", "max-size", "a smaller form"));
        }
        if (root.getMessage() != null && root.getMessage().startsWith("Param limit")) {
            return Optional.of(tooLarge("The form has more than " + MAX_PARTS + " parts.", "max-parts",
                    "at most " + MAX_PARTS + " parts"));
        }
        return Optional.of(Problem.badRequest("The body is not a complete multipart/form-data body: it is empty, it ends "
                        + "before its closing boundary, its parts do not use the boundary its Content-Type names, or a part's "
                        + "header is malformed.",
                List.of(new Problem.Violation("body", "multipart", "a multipart/form-data body with the boundary of its Content-Type"))));
    }

    /**
     * No part named {@code field} with a file in the form. Without a boundary the form cannot be read
     * at all, and Quarkus REST then sees no parts: that is said as such.
     */
    public static ProblemException missingFile(String field, String what, String contentType) {
        if (contentType != null && !contentType.toLowerCase(java.util.Locale.ROOT).contains("boundary=")) {
            return new ProblemException(Problem.badRequest("A multipart/form-data body needs the boundary parameter in its "
                    + "Content-Type.", List.of(new Problem.Violation("body", "boundary",
                            "Content-Type: multipart/form-data; boundary=..."))));
        }
        return new ProblemException(Problem.badRequest("Send the " + what + " in the form field '" + field + "'.",
                List.of(new Problem.Violation(field, "required", "no file in the form field '" + field + "'"))));
    }

    private static Problem tooLarge(String detail, String rule, String message) {
        return new Problem(Problem.TYPES + "too-large", "Request too large", 413, detail, null,
                List.of(new Problem.Violation("body", rule, message)));
    }

    /** Whether the form reader was on the stack when {@code failure} was made. */
    private static boolean raisedIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith(READER)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the reader itself threw {@code failure}, not a file channel or another library under it. */
    private static boolean thrownBy(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith(READER);
    }
}
