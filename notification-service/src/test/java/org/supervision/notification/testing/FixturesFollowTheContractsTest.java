package org.supervision.notification.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.contracts.EventSchemas;
import org.supervision.contracts.EventType;

/**
 * What the tests send as task-service's and plan-service's events is what the contracts allow: every fixture,
 * in each of its forms, is valid by the envelope's schema and its type's (the producers' tests check their
 * real events against the same schemas), so a consumer test cannot pass on an event no producer sends.
 * Tests that send poison on purpose (text that is not JSON, an event without its unit) do so by name.
 */
class FixturesFollowTheContractsTest {

    private static final UUID ASSIGNMENT = UUID.randomUUID();
    private static final UUID PLAN = UUID.randomUUID();
    private static final LocalDate DEADLINE = LocalDate.of(2024, 9, 30);

    @Test
    void theTaskEventsAreValidByTheirSchemas() {
        Map<String, EventType> fixtures = Map.ofEntries(
                Map.entry(TaskEventFixtures.issued(id(), ASSIGNMENT, PLAN, "QZ-FGW", DEADLINE), EventType.ASSIGNMENT_ISSUED),
                Map.entry(TaskEventFixtures.issued(id(), ASSIGNMENT, PLAN, "QZ-FGW", "12", null), EventType.ASSIGNMENT_ISSUED),
                Map.entry(TaskEventFixtures.issued(id(), TaskEventFixtures.issuedData(ASSIGNMENT, PLAN, "QZ-FGW", "3",
                        "推进政务服务“一网通办”", DEADLINE)), EventType.ASSIGNMENT_ISSUED),
                Map.entry(TaskEventFixtures.changed(id(), ASSIGNMENT, PLAN, "QZ-FGW", "ACCEPT", "ACCEPTED", DEADLINE, null),
                        EventType.ASSIGNMENT_CHANGED),
                Map.entry(TaskEventFixtures.changed(id(), ASSIGNMENT, PLAN, "QZ-FGW", "DECIDE_EXTENSION", "IN_PROGRESS",
                        "IN_PROGRESS", DEADLINE.plusDays(30), DEADLINE, "材料补充中", "APPROVED"), EventType.ASSIGNMENT_CHANGED),
                Map.entry(TaskEventFixtures.changed(id(), ASSIGNMENT, PLAN, "QZ-FGW", "COMPLETE", "COMPLETION_REQUESTED",
                        "COMPLETED", DEADLINE, null, null, null), EventType.ASSIGNMENT_CHANGED),
                Map.entry(TaskEventFixtures.changedWithReview(id(), ASSIGNMENT, PLAN, "QZ-FGW", "COMPLETE", "COMPLETION_REQUESTED",
                        "COMPLETED", DEADLINE, "同意销号", DEADLINE.plusDays(90)), EventType.ASSIGNMENT_CHANGED),
                Map.entry(TaskEventFixtures.milestoneChanged(id(), UUID.randomUUID(), ASSIGNMENT, PLAN, "QZ-FGW", "SET",
                        "完成初步设计批复", DEADLINE, 0), EventType.ASSIGNMENT_MILESTONE_CHANGED),
                Map.entry(TaskEventFixtures.milestoneChanged(id(), UUID.randomUUID(), ASSIGNMENT, PLAN, "QZ-FGW", "DONE",
                        "完成初步设计批复", DEADLINE, 1), EventType.ASSIGNMENT_MILESTONE_CHANGED),
                Map.entry(TaskEventFixtures.warningChanged(id(), ASSIGNMENT, PLAN, "QZ-FGW", "3", "YELLOW", "RED", true, false,
                        DEADLINE), EventType.ASSIGNMENT_WARNING_CHANGED),
                Map.entry(TaskEventFixtures.issued(id(), TaskEventFixtures.itemIssuedData(ASSIGNMENT, PLAN, "HOTLINE_12345",
                        "QZ-FGW", DEADLINE)), EventType.ASSIGNMENT_ISSUED),
                Map.entry(TaskEventFixtures.itemChanged(id(), ASSIGNMENT, PLAN, "QZ-FGW", "RETURN", "COMPLETION_REQUESTED",
                        "IN_PROGRESS", DEADLINE, "材料不全"), EventType.ASSIGNMENT_CHANGED),
                Map.entry(TaskEventFixtures.cycleChanged(id(), PLAN, "SET", "MONTHLY", 5, 0), EventType.REPORTING_CYCLE_CHANGED),
                Map.entry(TaskEventFixtures.cycleChanged(id(), PLAN, "REMOVED", null, null, 1), EventType.REPORTING_CYCLE_CHANGED),
                Map.entry(TaskEventFixtures.noticeChanged(id(), UUID.randomUUID(), "ISSUED", "OPEN", "QZ-FGW", ASSIGNMENT,
                        "督办单", DEADLINE), EventType.NOTICE_CHANGED),
                Map.entry(TaskEventFixtures.urged(id(), ASSIGNMENT, PLAN, "QZ-FGW", DEADLINE, 2, "请于本周五前报送进展"),
                        EventType.ASSIGNMENT_URGED),
                Map.entry(TaskEventFixtures.urged(id(), ASSIGNMENT, PLAN, "QZ-FGW", null, 1, null), EventType.ASSIGNMENT_URGED),
                Map.entry(TaskEventFixtures.bulletinPublished(id(), UUID.randomUUID(), PLAN, "钦督通〔2024〕6号",
                        List.of(TaskEventFixtures.bulletinLine("QZ-FGW", "市发展改革委", 1, "104.5", "NONE", 0))),
                        EventType.BULLETIN_PUBLISHED),
                Map.entry(TaskEventFixtures.bulletinPublished(id(), UUID.randomUUID(), null, null, List.of()),
                        EventType.BULLETIN_PUBLISHED));
        fixtures.forEach((event, type) -> assertEquals(type, EventSchemas.assertEvent(event), event));
    }

    @Test
    void theUnitEventsAreValidByTheirSchemas() {
        UUID unit = UUID.randomUUID();
        assertEquals(EventType.UNIT_CREATED, EventSchemas.assertEvent(
                UnitEventFixtures.unitEvent(id(), UnitEventFixtures.CREATED, unit, "QZ-FGW", "市发展改革委", "ACTIVE", 0)));
        assertEquals(EventType.UNIT_CHANGED, EventSchemas.assertEvent(
                UnitEventFixtures.unitEvent(id(), UnitEventFixtures.CHANGED, unit, "QZ-FGW", "市发展改革委", "RETIRED", 1)));
        assertEquals(EventType.UNIT_GROUP_CHANGED, EventSchemas.assertEvent(UnitEventFixtures.groupChanged(id(), unit)));
    }

    /** The check has teeth: a fixture that broke the contract would fail it. */
    @Test
    void anEventOutsideTheContractIsRefused() {
        String withoutPlan = TaskEventFixtures.cycleChanged(id(), PLAN, "SET", "MONTHLY", 5, 0)
                .replace("\"planId\":\"" + PLAN + "\",", "");
        assertThrows(AssertionError.class, () -> EventSchemas.assertEvent(withoutPlan));
        String unknownFrequency = TaskEventFixtures.cycleChanged(id(), PLAN, "SET", "DAILY", 5, 0);
        assertThrows(AssertionError.class, () -> EventSchemas.assertEvent(unknownFrequency));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
