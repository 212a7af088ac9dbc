package org.supervision.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Claims the {@code Idempotency-Key} of a creating request before it runs, and answers a retry from the
 * record: the first answer again (marked {@code Idempotent-Replayed: true}), 422 when the key was used for
 * another request, 409 while the first attempt is still running. A request that did not succeed gives its
 * key back, so the client can correct it and send it again with the same key. Without the header nothing
 * changes.
 */
@Provider
@IdempotentCreation
public class IdempotencyKeyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final int MAX_LENGTH = 255;

    private final IdempotentRequests requests;
    private final HeldKey held;
    private final SecurityIdentity identity;

    public IdempotencyKeyFilter(IdempotentRequests requests, HeldKey held, SecurityIdentity identity) {
        this.requests = requests;
        this.held = held;
        this.identity = identity;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        List<String> keys = request.getHeaders().get(IdempotentCreation.HEADER);
        if (keys == null || keys.isEmpty()) {
            return;
        }
        String key = valid(keys);
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        KeyedRequest keyed = new KeyedRequest(caller(), key, request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath() + (query == null ? "" : "?" + query),
                BodyHash.of(request.getMediaType(), body));
        IdempotentRequests.Claim claim = requests.claim(keyed);
        if (claim instanceof IdempotentRequests.Granted granted) {
            held.hold(keyed, granted.attempt());
        } else if (claim instanceof IdempotentRequests.Answered answered) {
            request.abortWith(answered.answer().replay());
        } else if (claim instanceof IdempotentRequests.UsedForAnotherRequest) {
            throw refusal(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was used in the last 24 hours for another request (another path or body). "
                            + "Send a new request with a new key.");
        } else {
            throw inFlight("A request with this Idempotency-Key is still being processed. Send it again shortly to get its answer.");
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (held.unanswered()) {
            requests.release(held.request(), held.attempt());
        }
    }

    private static String valid(List<String> keys) {
        String key = keys.get(0);
        boolean printable = key != null && !key.isEmpty() && key.length() <= MAX_LENGTH
                && key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
        if (keys.size() > 1 || !printable) {
            throw new ProblemException(Problem.badRequest("Send one Idempotency-Key of 1 to 255 printable ASCII characters.",
                    List.of(new Problem.Violation(IdempotentCreation.HEADER, "idempotency-key-format",
                            "one value of 1 to 255 printable ASCII characters"))));
        }
        return key;
    }

    /** Keys are the caller's own: the token's subject, so one client never replays another's answer. */
    private String caller() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    static ProblemException inFlight(String detail) {
        return refusal(409, "idempotency-key-in-flight", "Request in progress", detail);
    }

    private static ProblemException refusal(int status, String rule, String title, String detail) {
        return new ProblemException(new Problem(Problem.TYPES + rule, title, status, detail, null,
                List.of(new Problem.Violation(IdempotentCreation.HEADER, rule, detail))));
    }
}
