package org.supervision.task.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.supervision.task.audit.AuditEntry;

/**
 * An assignment's history read as the closed loop 发现—整改—复核—反馈—销号: every recorded step in order with
 * its stage ({@code steps}), and per stage, in the loop's order, how often and when it was reached
 * ({@code stages}). {@code currentStage} is the stage of the last step; {@code reviewAt} a re-inspection still
 * pending; {@code rounds} how many times the loop was opened (the first issue and every reopening).
 */
public record LoopHistory(UUID assignmentId, String state, LoopStage currentStage, LocalDate reviewAt, int rounds,
                          List<Stage> stages, List<Step> steps) {

    public record Stage(LoopStage stage, String label, int count, OffsetDateTime firstAt, OffsetDateTime lastAt) {
    }

    public record Step(long seq, OffsetDateTime at, String actor, String action, LoopStage stage, String label,
                       String fromState, String toState, String reason) {
    }

    static LoopHistory of(UUID assignmentId, String state, LocalDate reviewAt, List<AuditEntry> trail) {
        List<Step> steps = new ArrayList<>();
        Map<LoopStage, List<OffsetDateTime>> reached = new EnumMap<>(LoopStage.class);
        LoopStage current = null;
        int rounds = 0;
        for (AuditEntry e : trail) {
            LoopStage stage = LoopStage.of(e.action);
            steps.add(new Step(e.seq, e.at, e.actor, e.action, stage, stage == null ? null : stage.label(), e.fromState,
                    e.toState, e.reason));
            if (stage != null) {
                reached.computeIfAbsent(stage, s -> new ArrayList<>()).add(e.at);
                current = stage;
                if (stage == LoopStage.DISCOVERY) {
                    rounds++;
                }
            }
        }
        List<Stage> stages = new ArrayList<>();
        for (LoopStage stage : LoopStage.values()) {
            List<OffsetDateTime> at = reached.getOrDefault(stage, List.of());
            stages.add(new Stage(stage, stage.label(), at.size(), at.isEmpty() ? null : at.get(0),
                    at.isEmpty() ? null : at.get(at.size() - 1)));
        }
        return new LoopHistory(assignmentId, state, current, reviewAt, rounds, stages, steps);
    }
}
