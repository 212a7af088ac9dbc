package org.supervision.platform.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail. {@code errors} names each offending field and the rule it broke, so a
 * client can put the message next to the right input. {@code allowed} lists what a state machine
 * allows now when it refused an action (task-service's assignments); it is left out otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> errors,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPES = "https://supervision.example.org/problems/";

    public Problem(String type, String title, int status, String detail, String instance, List<Violation> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    /** {@code field} is a JSON path into the request ("measures[0].title") or a parameter name. */
    public record Violation(String field, String rule, String message) {
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPES + slug, title, status, detail, null, List.of());
    }

    public static Problem badRequest(String detail, List<Violation> errors) {
        return new Problem(TYPES + "invalid-request", "Invalid request", 400, detail, null, errors);
    }

    /** The value is taken: another resource has it (a code, a name), maybe stored a moment ago. */
    public static Problem conflict(String detail, List<Violation> errors) {
        return new Problem(TYPES + "conflict", "Conflict", 409, detail, null, errors);
    }

    public static Problem unprocessable(String title, String detail, List<Violation> errors) {
        return new Problem(TYPES + "unprocessable", title, 422, detail, null, errors);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors, allowed);
    }
}
