package org.supervision.notification.reminder;

import org.supervision.notification.inbox.InboxItemKind;

public enum ReminderKind {
    /** N working days before the deadline. */
    BEFORE_DEADLINE(InboxItemKind.REMINDER),
    /** On the deadline day. */
    DUE_TODAY(InboxItemKind.REMINDER),
    /** After the deadline, every few working days up to a cap. */
    OVERDUE(InboxItemKind.OVERDUE),
    /** Overdue long enough that the unit's leaders and the supervisors are told. */
    ESCALATION(InboxItemKind.ESCALATION);

    private final InboxItemKind inboxKind;

    ReminderKind(InboxItemKind inboxKind) {
        this.inboxKind = inboxKind;
    }

    public InboxItemKind inboxKind() {
        return inboxKind;
    }
}
