package org.supervision.plan.api;

import java.util.Optional;

import org.supervision.platform.api.DomainProblems;
import org.supervision.platform.api.Problem;

import jakarta.enterprise.context.ApplicationScoped;

/** Tells the platform's ProblemMapper that a unit's or group's code or name met at its unique key is a 409, not a 500. */
@ApplicationScoped
public class UniqueKeyProblems implements DomainProblems {

    @Override
    public Optional<Problem> recognise(Throwable failure) {
        return UniqueKeys.conflictIn(failure);
    }
}
