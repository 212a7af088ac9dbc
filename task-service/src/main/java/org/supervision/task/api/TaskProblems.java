package org.supervision.task.api;

import java.util.List;

import org.supervision.platform.api.DomainProblems;
import org.supervision.platform.api.Problem;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The problems only task-service names: what its state machine allows now, and that the resource a
 * concurrent write changed is the assignment (the platform's ProblemMapper says so in its 412).
 */
@ApplicationScoped
public class TaskProblems implements DomainProblems {

    /** What a 412 for a stale assignment names. */
    public static final String ASSIGNMENT = "The assignment";

    @Override
    public String changedThing() {
        return ASSIGNMENT;
    }

    /** 409 for an action the state machine does not allow now; {@code allowed} names what is. */
    public static Problem notAllowedNow(String action, String state, List<String> allowed) {
        return new Problem(Problem.TYPES + "transition-not-allowed", "Not allowed in this state", 409,
                "'" + action + "' is not allowed while the assignment is " + state + "; allowed now: "
                        + (allowed.isEmpty() ? "nothing for you" : String.join(", ", allowed)) + ".",
                null, List.of(), allowed);
    }
}
