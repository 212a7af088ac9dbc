package org.supervision.plan.events;

import java.util.List;

import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.events.outbox.OversizedEventRefusal;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A change whose event would be larger than Kafka takes is refused with the change, as a 422 naming the
 * part of the request to blame: stored, the event could never be sent (the relay would park it, and every
 * later event of its aggregate with it).
 */
@ApplicationScoped
public class EventSizeProblem implements OversizedEventRefusal {

    public static final String SIZE_RULE = "event-size";

    @Override
    public RuntimeException refuse(String field, String message) {
        return new ProblemException(Problem.unprocessable("Too large to publish",
                (field == null ? "The change" : "'" + field + "'") + " cannot be published: " + message
                        + ". Name fewer units (a group names all its members) or split it.",
                field == null ? List.of() : List.of(new Problem.Violation(field, SIZE_RULE, message))));
    }
}
