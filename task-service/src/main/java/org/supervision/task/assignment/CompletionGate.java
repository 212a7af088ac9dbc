package org.supervision.task.assignment;

/**
 * What 销号 requires beyond the state machine, checked when the supervisor completes the work: a plan's
 * completion policy (evidence, targets met). It lives with the policy (the {@code review} package); the
 * lifecycle knows only this, so that the policy may read assignments without a package cycle.
 */
public interface CompletionGate {

    /** Throws a {@link org.supervision.platform.api.ProblemException} (422) naming each rule the work does not meet. */
    void check(Assignment assignment);
}
