package org.supervision.task.pending;

/**
 * What waits for the supervision office, and where the office answers it. A completion sent back
 * (RETURN) waits for the unit, not for the office, so it is not a kind here; a dispute is the unit's 退回.
 */
public enum PendingKind {
    /** 申请办结: the unit asks for 销号; the office reviews (COMPLETE or RETURN). */
    COMPLETION_REQUEST,
    /** 延期申请: a pending extension request; the office approves or refuses it. */
    EXTENSION_REQUEST,
    /** 退回/申请调整: the unit says the work is not theirs; the office reassigns or rejects. */
    DISPUTE,
    /** A 督办单 the unit answered; the office closes it. */
    NOTICE_RESPONSE
}
