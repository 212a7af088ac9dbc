package org.supervision.notification.reminder;

import java.util.Arrays;
import java.util.List;

import org.supervision.notification.inbox.InboxItemKind;

/**
 * What a reminder or notice is about. Most are of one assignment; the reporting kinds are of a unit
 * in a plan (one per plan, unit and due date, however many assignments the unit has there).
 */
public enum ReminderKind {
    /** N working days before the deadline. */
    BEFORE_DEADLINE(InboxItemKind.REMINDER, false),
    /** On the deadline day. */
    DUE_TODAY(InboxItemKind.REMINDER, false),
    /** After the deadline, every few working days until the work is completed or cancelled (OverdueChase). */
    OVERDUE(InboxItemKind.OVERDUE, false),
    /** Overdue long enough that the unit's leaders and the supervisors are told. */
    ESCALATION(InboxItemKind.ESCALATION, false),
    /** The supervisor sent the completion request back (退回), with the reason. */
    RETURNED(InboxItemKind.REVIEW, false),
    /** The supervisor completed the work (销号). */
    COMPLETED(InboxItemKind.REVIEW, false),
    /** An extension was approved: the new deadline. */
    EXTENSION_APPROVED(InboxItemKind.REVIEW, false),
    /** An extension was refused, with the supervisor's note. */
    EXTENSION_REFUSED(InboxItemKind.REVIEW, false),
    /** The unit's dispute was rejected: the work stays with it. */
    DISPUTE_REJECTED(InboxItemKind.REVIEW, false),
    /** The unit's dispute was accepted: the work went to another unit (which gets its own new assignment). */
    REASSIGNED(InboxItemKind.REVIEW, false),
    /** The supervision office chased the unit by hand (催办), with its message if any; told at once. */
    URGED(InboxItemKind.URGE, false),
    /** N working days before a reporting due date (报送提醒). */
    REPORT_DUE_SOON(InboxItemKind.REPORT_REMINDER, true),
    /** On a reporting due date. */
    REPORT_DUE_TODAY(InboxItemKind.REPORT_REMINDER, true),
    /** The day after a due date passed without the report (报送缺失). */
    REPORT_MISSING(InboxItemKind.REPORT_MISSING, true),
    /** To the supervision office: a completion accepted subject to re-inspection (复核) is due for it today. */
    REVIEW_DUE(InboxItemKind.REVIEW_DUE, false, true),
    /** The re-inspection confirmed the completed work. */
    REINSPECT_CONFIRMED(InboxItemKind.REVIEW, false),
    /** The re-inspection found the problem back: the work is open again, with the finding. */
    REINSPECT_REOPENED(InboxItemKind.REVIEW, false),
    /** N working days before a milestone's date (阶段性目标临近). */
    MILESTONE_DUE_SOON(InboxItemKind.MILESTONE, false),
    /** On a milestone's date. */
    MILESTONE_DUE_TODAY(InboxItemKind.MILESTONE, false);

    /**
     * The kinds this version knows, as the column stores them. During a rolling upgrade a newer
     * replica may write a kind this one has no words for: queries that read reminders into entities
     * keep to these, so that such a row waits for a replica that knows it instead of failing here.
     */
    public static final List<String> KNOWN = Arrays.stream(values()).map(Enum::name).toList();

    private final InboxItemKind inboxKind;
    private final boolean ofUnit;
    private final boolean toOffice;

    ReminderKind(InboxItemKind inboxKind, boolean ofUnit) {
        this(inboxKind, ofUnit, false);
    }

    ReminderKind(InboxItemKind inboxKind, boolean ofUnit, boolean toOffice) {
        this.inboxKind = inboxKind;
        this.ofUnit = ofUnit;
        this.toOffice = toOffice;
    }

    /**
     * True for what the supervision office is told rather than the unit: its inbox item is under the office's
     * code ({@code supervision.reminders.office-inbox}), its mail goes to the supervisors, no webhook carries it.
     */
    public boolean toOffice() {
        return toOffice;
    }

    public InboxItemKind inboxKind() {
        return inboxKind;
    }

    /** True for reminders of a unit in a plan rather than of one assignment. */
    public boolean ofUnit() {
        return ofUnit;
    }
}
