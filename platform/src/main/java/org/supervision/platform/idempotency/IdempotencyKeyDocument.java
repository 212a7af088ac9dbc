package org.supervision.platform.idempotency;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.supervision.platform.api.Problem;

/**
 * Describes the {@code Idempotency-Key} header once (components.parameters) and, on every operation that
 * refers to it ({@code @Parameter(ref = IdempotentCreation.HEADER)}), the answers it adds: 409, 422 and the
 * {@code Idempotent-Replayed} header of a replay.
 */
public class IdempotencyKeyDocument implements OASFilter {

    static final String DESCRIPTION = "Makes a retry safe. The same key with the same request (method, path, content type and "
            + "body) within 24 hours answers the first successful answer again (status, body, Location, ETag), marked "
            + "Idempotent-Replayed: true, and creates nothing. Keys are the caller's own (the token's subject). The same key "
            + "with another path or body: 422 (rule idempotency-key-reused); while the first request is still running: 409 "
            + "(idempotency-key-in-flight). A request that failed (4xx, 5xx) is not remembered: correct it and send it again "
            + "with the same key. 1 to 255 printable ASCII characters, a UUID for instance.";

    private static final String REF = "#/components/parameters/" + IdempotentCreation.HEADER;

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        document.getComponents().addParameter(IdempotentCreation.HEADER, OASFactory.createParameter()
                .name(IdempotentCreation.HEADER).in(Parameter.In.HEADER).required(false).description(DESCRIPTION)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255)
                        .pattern("^[\\x20-\\x7E]+$"))
                .example("5f0c7a52-8a43-4a8e-9d51-0b8f3c1f2e6d"));
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (keyed(operation)) {
                describeAnswers(operation.getResponses());
            }
        }));
    }

    private static boolean keyed(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> REF.equals(p.getRef()));
    }

    private static void describeAnswers(APIResponses responses) {
        for (Map.Entry<String, APIResponse> answer : responses.getAPIResponses().entrySet()) {
            if (answer.getKey().startsWith("2")) {
                answer.getValue().addHeader(IdempotentCreation.REPLAYED, OASFactory.createHeader()
                        .description("true: the recorded answer of an earlier request with this Idempotency-Key")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("true"))));
            }
        }
        addOrExtend(responses, "409", "A request with this Idempotency-Key is still running (rule idempotency-key-in-flight)");
        addOrExtend(responses, "422", "The Idempotency-Key was used for another request (rule idempotency-key-reused)");
        addOrExtend(responses, "400", "The Idempotency-Key is not 1 to 255 printable ASCII characters");
    }

    private static void addOrExtend(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null) {
            existing.setDescription(existing.getDescription() == null ? description : existing.getDescription() + "; or: " + description);
            return;
        }
        Content problem = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem")));
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problem));
    }
}
