package org.supervision.platform.idempotency;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The first successful answer to a keyed request, as a retry gets it again. */
public record RecordedAnswer(int status, String contentType, String location, String etag, byte[] body) {

    /** The answer a resource method returned, its entity written as the JSON the client receives. */
    static RecordedAnswer of(Response response, String producedType, ObjectMapper json) throws JsonProcessingException {
        Object entity = response.getEntity();
        byte[] body = entity == null ? new byte[0]
                : entity instanceof byte[] bytes ? bytes
                : entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(entity);
        MediaType type = response.getMediaType();
        return new RecordedAnswer(response.getStatus(), type != null ? type.toString() : producedType,
                response.getLocation() == null ? null : response.getLocation().toString(),
                response.getHeaderString(HttpHeaders.ETAG), body);
    }

    Response replay() {
        Response.ResponseBuilder answer = Response.status(status).header(IdempotentCreation.REPLAYED, "true");
        if (body.length > 0) {
            answer.entity(body).type(contentType);
        }
        if (location != null) {
            answer.header(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            answer.header(HttpHeaders.ETAG, etag);
        }
        return answer.build();
    }
}
