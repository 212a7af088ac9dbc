package org.supervision.task.review;

/**
 * The closed loop the plans ask for, 发现—整改—复核—反馈—销号, and where each recorded change of an assignment
 * falls in it. The mapping is by the audit trail's action, so it reads the history as it was written.
 */
public enum LoopStage {
    /** 发现: the problem is found and given to the unit (issued, reopened, or reopened by a re-inspection). */
    DISCOVERY("发现"),
    /** 整改: the unit works on it (signs, reports, asks for time, hands it on, splits and reaches milestones, is chased). */
    RECTIFICATION("整改"),
    /** 复核: the office checks the result (a completion request returned, a re-inspection confirming or reopening). */
    REVIEW("复核"),
    /** 反馈: the unit reports the work done and asks for it to be closed. */
    FEEDBACK("反馈"),
    /** 销号: the office closes the item (possibly subject to a re-inspection). */
    CLOSURE("销号");

    private final String label;

    LoopStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The stage of one recorded action; null for what ends the loop without closing it (cancellation, the work
     * moved to another unit). Actions added later (by other parts of the service) fall under 整改 unless named.
     */
    public static LoopStage of(String action) {
        return switch (action) {
            case "ISSUE", "REOPEN", "RE_INSPECT_REOPEN" -> DISCOVERY;
            case "RETURN", "RE_INSPECT_CONFIRM" -> REVIEW;
            case "REQUEST_COMPLETION" -> FEEDBACK;
            case "COMPLETE" -> CLOSURE;
            case "CANCEL", "REASSIGN", "WITHDRAW", "UNIT_WITHDRAWN" -> null;
            default -> RECTIFICATION;
        };
    }
}
