package org.supervision.task.notice;

/** Where a notice is: issued and waiting for the unit (OPEN), answered (RESPONDED), or closed by the office. */
public enum NoticeState {
    OPEN,
    RESPONDED,
    CLOSED
}
