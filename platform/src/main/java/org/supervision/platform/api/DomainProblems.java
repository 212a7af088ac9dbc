package org.supervision.platform.api;

import java.util.Optional;

/**
 * What a service adds to {@link ProblemMapper}'s answers from its domain, as one CDI bean (none is
 * fine): a failure only the service can name (plan-service's unique codes and names, met at the
 * database when two requests race) and what a concurrent change changed ("The assignment" in
 * task-service). Everything else about problem answers is the platform's.
 */
public interface DomainProblems {

    /** The problem for a failure that would otherwise be a 500; empty when the domain does not know it. */
    default Optional<Problem> recognise(Throwable failure) {
        return Optional.empty();
    }

    /** The subject of the 412 a concurrent write gets: "The resource was changed while your request ran". */
    default String changedThing() {
        return "The resource";
    }
}
