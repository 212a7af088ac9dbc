package org.supervision.task.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.contracts.assignment.WarningChanged;

/** A transition is one event: sent again after a lost acknowledgement, it keeps its id; another transition gets another. */
class WarningTransitionTest {

    private static final UUID ASSIGNMENT = UUID.fromString("6f1c2c1e-8a43-4d0a-9d0c-6f1e8b2a9c11");
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 24, 0, 5, 0, 0, ZoneOffset.UTC);

    @Test
    void theSameTransitionAlwaysHasTheSameEventId() {
        assertEquals(transition(41, AT).eventId(), transition(41, AT).eventId());
    }

    @Test
    void transitionsOfOneAssignmentHaveTheirOwnIdsEvenAtTheSameInstant() {
        assertNotEquals(transition(41, AT).eventId(), transition(42, AT).eventId());
        assertNotEquals(transition(41, AT).eventId(), transition(41, AT.plusNanos(1000)).eventId());
    }

    @Test
    void theEventSaysWhatTheSweepSaw() {
        WarningChanged data = transition(41, AT).data();
        assertEquals("GREEN>RED missing false>true at " + AT, data.fromLevel() + ">" + data.toLevel() + " missing "
                + data.previousReportMissing() + ">" + data.reportMissing() + " at " + data.at());
        assertEquals(ASSIGNMENT, data.assignmentId());
        assertEquals("1.1（二）", data.measureNumber());
        assertEquals(LocalDate.of(2026, 11, 20), data.deadline());
    }

    private static WarningTransition transition(long seq, OffsetDateTime at) {
        WarningTransition t = new WarningTransition();
        t.seq = seq;
        t.assignmentId = ASSIGNMENT;
        t.fromLevel = "GREEN";
        t.toLevel = "RED";
        t.previousReportMissing = false;
        t.reportMissing = true;
        t.unitCode = "QZ-FGW";
        t.planId = UUID.randomUUID();
        t.measureId = UUID.randomUUID();
        t.measureNumber = "1.1（二）";
        t.measureTitle = "压缩企业开办时间";
        t.deadline = LocalDate.of(2026, 11, 20);
        t.state = "IN_PROGRESS";
        t.changedAt = at;
        return t;
    }
}
