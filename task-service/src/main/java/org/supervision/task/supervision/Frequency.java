package org.supervision.task.supervision;

/** How often units report on a plan's assignments. */
public enum Frequency {
    /** dueDay is the day of the week, 1 (Monday) to 7. */
    WEEKLY,
    /** dueDay is the day of the month (1–28) by which last month's report is due. */
    MONTHLY,
    /** dueDay is the day of January, April, July and October by which last quarter's report is due. */
    QUARTERLY
}
