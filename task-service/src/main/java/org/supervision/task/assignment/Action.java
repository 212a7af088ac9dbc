package org.supervision.task.assignment;

import static org.supervision.task.assignment.AssignmentState.ACCEPTED;
import static org.supervision.task.assignment.AssignmentState.CANCELLED;
import static org.supervision.task.assignment.AssignmentState.COMPLETED;
import static org.supervision.task.assignment.AssignmentState.COMPLETION_REQUESTED;
import static org.supervision.task.assignment.AssignmentState.DISPUTED;
import static org.supervision.task.assignment.AssignmentState.IN_PROGRESS;
import static org.supervision.task.assignment.AssignmentState.ISSUED;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can be done to an assignment, by whom, from which states, and where it leads. This table is
 * the state machine: anything it does not allow answers 409 naming what is allowed.
 */
public enum Action {
    /** 签收: the unit accepts the work. */
    ACCEPT(Actor.UNIT, EnumSet.of(ISSUED), ACCEPTED),
    /** 退回/申请调整: the unit says the work is not theirs. */
    DISPUTE(Actor.UNIT, EnumSet.of(ISSUED), DISPUTED),
    /** The supervisor gives a disputed assignment to another unit (this one is cancelled, a new one issued). */
    REASSIGN(Actor.SUPERVISOR, EnumSet.of(DISPUTED), CANCELLED),
    /** The supervisor rejects the dispute: the unit owes the work after all. */
    REJECT_DISPUTE(Actor.SUPERVISOR, EnumSet.of(DISPUTED), ISSUED),
    /** 进展报送: the first report moves ACCEPTED to IN_PROGRESS; later ones keep the state. */
    REPORT(Actor.UNIT, EnumSet.of(ACCEPTED, IN_PROGRESS), IN_PROGRESS),
    /** 延期申请: asked while the work is open; the state does not change. */
    REQUEST_EXTENSION(Actor.UNIT, EnumSet.of(ACCEPTED, IN_PROGRESS), null),
    /** The supervisor approves or refuses an extension; the state does not change. */
    DECIDE_EXTENSION(Actor.SUPERVISOR, EnumSet.of(ACCEPTED, IN_PROGRESS, COMPLETION_REQUESTED), null),
    /** 申请办结. */
    REQUEST_COMPLETION(Actor.UNIT, EnumSet.of(IN_PROGRESS), COMPLETION_REQUESTED),
    /** 销号: the supervisor accepts the work as done. */
    COMPLETE(Actor.SUPERVISOR, EnumSet.of(COMPLETION_REQUESTED), COMPLETED),
    /** The supervisor sends the completion request back, with a reason. */
    RETURN(Actor.SUPERVISOR, EnumSet.of(COMPLETION_REQUESTED), IN_PROGRESS),
    /** 催办: the supervisor chases the unit about open work now; the state does not change (the urge package). */
    URGE(Actor.SUPERVISOR, EnumSet.of(ISSUED, ACCEPTED, DISPUTED, IN_PROGRESS, COMPLETION_REQUESTED), null),
    CANCEL(Actor.SUPERVISOR, EnumSet.of(ISSUED, ACCEPTED, DISPUTED, IN_PROGRESS, COMPLETION_REQUESTED), CANCELLED),
    /** Any state may be reopened by the supervisor, with a reason: the work starts again as issued. */
    REOPEN(Actor.SUPERVISOR, EnumSet.of(ACCEPTED, DISPUTED, IN_PROGRESS, COMPLETION_REQUESTED, COMPLETED, CANCELLED), ISSUED),
    /** 转办: the unit's officer hands the work on to another person (and department) inside the unit. */
    HANDOVER(Actor.UNIT, EnumSet.of(ACCEPTED, IN_PROGRESS, COMPLETION_REQUESTED), null),
    /** 复核 confirmed: the re-inspection a completion was accepted subject to finds the work done; it stays completed. */
    RE_INSPECT_CONFIRM(Actor.SUPERVISOR, EnumSet.of(COMPLETED), null),
    /** 复核 found the problem back: the work is open again for the unit, with the finding. */
    RE_INSPECT_REOPEN(Actor.SUPERVISOR, EnumSet.of(COMPLETED), IN_PROGRESS);

    /** Who may take an action: the assignment's own unit, or the supervision office. */
    public enum Actor { UNIT, SUPERVISOR }

    private final Actor actor;
    private final Set<AssignmentState> from;
    private final AssignmentState to;

    Action(Actor actor, Set<AssignmentState> from, AssignmentState to) {
        this.actor = actor;
        this.from = from;
        this.to = to;
    }

    public Actor actor() {
        return actor;
    }

    public boolean allowedFrom(AssignmentState state) {
        return from.contains(state);
    }

    /** The state after the action; the same state for actions that do not move it. */
    public AssignmentState target(AssignmentState current) {
        return to == null ? current : to;
    }

    /** The actions this actor may take from {@code state}, for the 409 answer. */
    public static Set<Action> allowed(AssignmentState state, Actor actor) {
        Set<Action> out = EnumSet.noneOf(Action.class);
        for (Action a : values()) {
            if (a.actor == actor && a.allowedFrom(state)) {
                out.add(a);
            }
        }
        return out;
    }

    public String path() {
        return name().toLowerCase().replace('_', '-');
    }
}
