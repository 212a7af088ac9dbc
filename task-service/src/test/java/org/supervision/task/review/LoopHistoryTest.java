package org.supervision.task.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.task.audit.AuditEntry;

/** Reading an audit trail as the loop 发现—整改—复核—反馈—销号. */
class LoopHistoryTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-01T02:00:00Z");

    @Test
    void aReopenedReInspectionStartsASecondRound() {
        List<AuditEntry> trail = trail("ISSUE", "ACCEPT", "REPORT", "HANDOVER", "MILESTONE_SET", "REQUEST_COMPLETION", "RETURN",
                "REQUEST_COMPLETION", "COMPLETE", "RE_INSPECT_REOPEN", "REPORT", "REQUEST_COMPLETION", "COMPLETE",
                "RE_INSPECT_CONFIRM");
        LoopHistory history = LoopHistory.of(UUID.randomUUID(), "COMPLETED", null, trail);
        assertEquals(2, history.rounds());
        assertEquals(LoopStage.REVIEW, history.currentStage());
        assertEquals(List.of("发现", "整改", "复核", "反馈", "销号"), history.stages().stream().map(LoopHistory.Stage::label).toList());
        assertEquals(List.of(2, 5, 2, 3, 2), history.stages().stream().map(LoopHistory.Stage::count).toList());
        LoopHistory.Stage closure = history.stages().get(4);
        assertEquals(T0.plusHours(8), closure.firstAt());
        assertEquals(T0.plusHours(12), closure.lastAt());
        assertEquals("发现", history.steps().get(9).label(), "a re-inspection's finding opens the loop again");
    }

    @Test
    void cancellationHasNoStageAndUnknownActionsCountAsRectification() {
        LoopHistory history = LoopHistory.of(UUID.randomUUID(), "CANCELLED", null, trail("ISSUE", "URGE", "CANCEL"));
        assertEquals(LoopStage.RECTIFICATION, history.steps().get(1).stage());
        assertNull(history.steps().get(2).stage());
        assertEquals(LoopStage.RECTIFICATION, history.currentStage());
        assertNull(history.stages().get(4).firstAt());
    }

    private static List<AuditEntry> trail(String... actions) {
        List<AuditEntry> out = new ArrayList<>();
        for (int i = 0; i < actions.length; i++) {
            AuditEntry e = new AuditEntry();
            e.seq = (long) i + 1;
            e.at = T0.plusHours(i);
            e.actor = "someone";
            e.action = actions[i];
            out.add(e);
        }
        return out;
    }
}
