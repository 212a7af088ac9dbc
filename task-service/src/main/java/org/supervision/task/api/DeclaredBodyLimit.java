package org.supervision.task.api;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A declared body above quarkus.http.limits.max-body-size is answered 413 as a problem, like every
 * other bad request, before a byte of it is read (Quarkus itself would answer an empty 413). It
 * runs after authentication (-100), so an anonymous caller learns nothing but 401. A chunked body
 * without a length is still cut off by Quarkus at the same limit.
 */
@ApplicationScoped
public class DeclaredBodyLimit {

    private final long maxBytes;
    private final ObjectMapper json;

    public DeclaredBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json) {
        this.maxBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(-40).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                declared = Long.MAX_VALUE;
            }
            if (declared <= maxBytes) {
                context.next();
                return;
            }
            Problem problem = Problem.of(413, "body-too-large", "Body too large",
                    "The request body may be at most " + maxBytes + " bytes.").at(context.request().path());
            try {
                // the body is not read: the connection closes after the answer instead of draining it
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                context.fail(e);
            }
        });
    }
}
