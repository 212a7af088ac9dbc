package org.supervision.task.notice;

/** What happened to a notice: the {@code action} of its event, and (prefixed) of its assignments' audit trail. */
public enum NoticeAction {
    ISSUED, RESPONDED, CLOSED;

    /** The action as the assignments' audit trail names it. */
    String auditAction() {
        return "NOTICE_" + name();
    }
}
