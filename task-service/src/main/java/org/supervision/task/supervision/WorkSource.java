package org.supervision.task.supervision;

/**
 * Where a piece of work comes from: a published plan, or a supervision item (督办事项) raised from a leader's
 * instruction (批示), a 12345 hotline complaint, an inspection (巡察) or an audit (审计) finding, or otherwise.
 * Statistics can be narrowed to some of them; an item's source is any but PLAN.
 */
public enum WorkSource {
    PLAN, LEADER_INSTRUCTION, HOTLINE_12345, INSPECTION, AUDIT, OTHER;

    /** The sources a supervision item may name. */
    public static final java.util.List<WorkSource> OF_ITEMS = java.util.List.of(LEADER_INSTRUCTION, HOTLINE_12345,
            INSPECTION, AUDIT, OTHER);
}
