package org.supervision.notification.inbox;

public enum InboxItemKind {
    /** A unit has been given a new assignment (新任务). */
    NEW_ASSIGNMENT
}
