package org.supervision.notification.reminder;

import java.util.Set;

/**
 * The states in which a unit reports progress on an assignment: the ones task-service's sweep
 * marks a report missing in. A disputed assignment or one waiting for its completion review does
 * not report; a state not yet known (null) is taken as reporting.
 */
public final class ReportingStates {

    public static final Set<String> STATES = Set.of("ISSUED", "ACCEPTED", "IN_PROGRESS");

    /** The same rule as a condition on tracked_assignment. */
    public static final String SQL = "(state is null or state in ('ISSUED', 'ACCEPTED', 'IN_PROGRESS'))";

    private ReportingStates() {
    }

    public static boolean reports(String state) {
        return state == null || STATES.contains(state);
    }
}
