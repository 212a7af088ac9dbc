package org.supervision.platform.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The service's one translation of failures into application/problem+json; never a stack trace or a
 * class name. What only the service's domain can name comes from its {@link DomainProblems} bean.
 */
public class ProblemMapper {

    /** How long a client should wait before trying again while the database is away: a restart or fail-over takes seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final DomainProblems NO_DOMAIN = new DomainProblems() {
    };

    private final DomainProblems domain;

    @Inject
    public ProblemMapper(Instance<DomainProblems> domain) {
        this(domain.isResolvable() ? domain.get() : NO_DOMAIN);
    }

    public ProblemMapper(DomainProblems domain) {
        this.domain = domain;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem().at(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(field(violation.getPropertyPath()), rule(violation), violation.getMessage()));
        }
        violations.sort((a, b) -> a.field().compareTo(b.field()));
        return respond(Problem.badRequest("The request breaks " + violations.size() + " rule(s).", violations).at(uri.getPath()));
    }

    /** Quarkus maps this subtype itself (to plain JSON); ours must be at least as specific to win. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        if (e instanceof StorableText.Found found) {
            return respond(StorableText.refusal(field, found.flaw()).at(uri.getPath()));
        }
        String detail = "The body is not valid JSON of the expected shape"
                + (field.isEmpty() ? "." : " at '" + field + "'.");
        List<Problem.Violation> violations = field.isEmpty() ? List.of()
                : List.of(new Problem.Violation(field, "type", "wrong type or format"));
        return respond(Problem.badRequest(detail, violations).at(uri.getPath()));
    }

    /** Two writers passed the If-Match check at once; the later commit loses, as a stale one would. */
    @ServerExceptionMapper
    public Response concurrent(jakarta.persistence.OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of(412, "stale-version", "Changed meanwhile",
                domain.changedThing() + " was changed while your request ran. Read it again and reapply your change.").at(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response concurrentHibernate(org.hibernate.StaleStateException e, UriInfo uri) {
        return concurrent(null, uri);
    }

    /** A multipart body the form reader could not take apart (see {@link FormBodies}); any other is ours. */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        return formRefusal(e, uri).orElseGet(() -> internal(e, uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Optional<Response> form = formRefusal(e, uri);
        if (form.isPresent()) {
            return form.get();
        }
        if (e.getCause() instanceof ProblemException refused) { // a query parameter QueryParameterTypes could not read
            return problem(refused, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "request to %s failed", uri.getPath());
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = status == 404 ? "Nothing here, or nothing you may see."
                : status >= 500 ? "The service could not answer; the failure is logged." : title + ".";
        return respond(Problem.of(status, title.toLowerCase().replace(' ', '-'), title, detail).at(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        return formRefusal(e, uri).orElseGet(() -> internal(e, uri));
    }

    private Response internal(Exception e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            Log.warnf("database unavailable on %s: %s", uri.getPath(), e.getMessage());
            Problem problem = Problem.of(503, "database-unavailable", "Service unavailable",
                    "The service cannot reach its database just now; try again shortly.").at(uri.getPath());
            return Response.status(503).type(Problem.MEDIA_TYPE).entity(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        Optional<Problem> known = domain.recognise(e);
        if (known.isPresent()) { // e.g. two requests stored the same code at once: the later one lost
            return respond(known.get().at(uri.getPath()));
        }
        Log.errorf(e, "unexpected failure on %s", uri.getPath());
        return respond(Problem.of(500, "internal", "Internal error",
                "The service could not answer; the failure is logged.").at(uri.getPath()));
    }

    private static Optional<Response> formRefusal(Exception e, UriInfo uri) {
        return FormBodies.refusal(e).map(problem -> respond(problem.at(uri.getPath())));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** "create.request.measures[0].title" → "measures[0].title": the method and parameter names mean nothing to a client. */
    private static String field(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> parts.clear();
                default -> {
                    String name = node.getName();
                    String index = node.getIndex() != null ? "[" + node.getIndex() + "]" : "";
                    if (name == null || name.startsWith("<")) { // container elements: the index belongs to the list
                        if (!parts.isEmpty()) {
                            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
                        }
                    } else {
                        if (!index.isEmpty() && !parts.isEmpty()) {
                            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
                        }
                        parts.add(name);
                    }
                }
            }
        }
        return String.join(".", parts);
    }

    private static String rule(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return Character.toLowerCase(annotation.charAt(0)) + annotation.substring(1);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.toString();
    }
}
