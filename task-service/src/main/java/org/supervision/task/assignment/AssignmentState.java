package org.supervision.task.assignment;

/** Where an assignment is in its lifecycle; ISSUED is where every assignment starts. */
public enum AssignmentState {
    ISSUED,
    ACCEPTED,
    DISPUTED,
    IN_PROGRESS,
    COMPLETION_REQUESTED,
    COMPLETED,
    CANCELLED
}
