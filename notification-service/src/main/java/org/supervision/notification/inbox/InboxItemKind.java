package org.supervision.notification.inbox;

public enum InboxItemKind {
    /** A unit has been given a new assignment (新任务). */
    NEW_ASSIGNMENT,
    /** A deadline is near or today (催办提醒). */
    REMINDER,
    /** The deadline has passed (逾期提醒). */
    OVERDUE,
    /** Overdue long enough that the unit's leaders and the supervisors are told (逾期升级). */
    ESCALATION,
    /** A supervision notice (督办单) was issued, answered or closed. */
    NOTICE,
    /** A supervisor decided: work returned or completed (销号), an extension approved or refused, a dispute decided. */
    REVIEW,
    /** A progress report is due soon or today (报送提醒). */
    REPORT_REMINDER,
    /** A progress report's due date passed without it (报送缺失). */
    REPORT_MISSING,
    /** The supervision office chased the unit by hand (督查催办). */
    URGE,
    /** Something waits for the supervision office (待办): in the office's own inbox (the office package). */
    OFFICE_TODO,
    /** For the supervision office: a re-inspection (复核) of completed work is due (复核提醒). */
    REVIEW_DUE,
    /** A milestone (阶段性目标) of the unit's work is near or due today. */
    MILESTONE,
    /** The supervision office published a bulletin (月度通报) that names the unit. */
    BULLETIN
}
