package org.supervision.task.ranking;

/** What the ranking counts, per unit and role, each with its weight in the plan's rule. */
public enum Kind {
    /** Work completed (销号) on or before its deadline as it then stood. */
    ON_TIME,
    /** Open work past its deadline (at the end of the period counted). */
    OVERDUE,
    /** Progress reports a reporting cycle asked for that did not come. */
    REPORTS_MISSING,
    /** 催办: chases the office sent (audit action URGE). */
    URGES,
    /** Extensions of the deadline approved. */
    EXTENSIONS,
    /** Completion requests the office returned (audit action RETURN). */
    RETURNED
}
