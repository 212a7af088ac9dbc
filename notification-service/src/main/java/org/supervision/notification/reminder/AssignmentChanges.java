package org.supervision.notification.reminder;

import org.supervision.contracts.assignment.AssignmentChanged;

/** What an assignment.changed means here; shared by the schedule and the unit's reporting reminders. */
public final class AssignmentChanges {

    private AssignmentChanges() {
    }

    /** The assignment will not be worked on any more by this unit: its pending reminders are void. */
    public static boolean ends(AssignmentChanged changed) {
        return "COMPLETED".equals(changed.toState()) || "CANCELLED".equals(changed.toState())
                || "REASSIGN".equals(changed.action());
    }
}
