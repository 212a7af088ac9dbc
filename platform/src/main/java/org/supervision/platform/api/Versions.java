package org.supervision.platform.api;

/**
 * Optimistic concurrency over HTTP: the ETag of a mutable resource is its version, and a change
 * must name the version it was made against in If-Match. A stale one answers 412, so two
 * reviewers editing one draft never silently overwrite each other.
 */
public final class Versions {

    private Versions() {
    }

    /** The version an If-Match header names; 428 when there is none, 400 when it is not one of ours. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of(428, "precondition-required", "If-Match required",
                    "Send the ETag you read in If-Match, so that a change made meanwhile is not overwritten."));
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.badRequest("If-Match must be an ETag this service gave out.",
                    java.util.List.of(new Problem.Violation("If-Match", "etag", "not an ETag of this resource: " + ifMatch))));
        }
    }

    public static void check(long expected, long actual) {
        check(expected, actual, "The resource");
    }

    /** {@code what} names the resource in the 412's detail, e.g. "The assignment". */
    public static void check(long expected, long actual, String what) {
        if (expected != actual) {
            throw stale(actual, what);
        }
    }

    public static ProblemException stale(long current) {
        return stale(current, "The resource");
    }

    public static ProblemException stale(long current, String what) {
        return new ProblemException(Problem.of(412, "stale-version", "Changed meanwhile",
                what + " was changed after you read it (it is now at version " + current
                        + "). Read it again and reapply your change."));
    }
}
