package org.supervision.notification.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.supervision.contracts.Topics;
import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.contracts.assignment.AssignmentIssued;
import org.supervision.contracts.assignment.AssignmentUrged;
import org.supervision.contracts.assignment.MilestoneChanged;
import org.supervision.contracts.assignment.WarningChanged;
import org.supervision.contracts.bulletin.BulletinPublished;
import org.supervision.contracts.notice.NoticeChanged;
import org.supervision.contracts.reporting.ReportingCycleChanged;

/**
 * task-service's CloudEvents, built from the contracts' records as task-service builds them, and waiting
 * without sleeping. The data is a measure of a plan of Qinzhou's; what a test varies is a parameter.
 */
public final class TaskEventFixtures {

    public static final String TASK_TOPIC = Topics.TASK;
    public static final String SOURCE = "/supervision/task-service";
    public static final String PLAN_TITLE = "钦州市优化营商环境实施方案";
    public static final String MEASURE_TITLE = "提升企业开办便利度";
    public static final String UNIT_NAME = "市发展改革委";
    private static final OffsetDateTime AT = OffsetDateTime.parse("2024-09-20T01:00:00Z");
    private static final OffsetDateTime SWEPT_AT = OffsetDateTime.parse("2024-09-20T00:10:00Z");

    private TaskEventFixtures() {
    }

    public static AssignmentIssued issuedData(UUID assignmentId, UUID planId, String unitCode, String measureNumber,
                                              String measureTitle, LocalDate deadline) {
        return new AssignmentIssued(assignmentId, planId, PLAN_TITLE, UUID.randomUUID(), measureNumber, measureTitle,
                UUID.randomUUID(), unitCode, UNIT_NAME, "LEAD", deadline);
    }

    public static final String ITEM_TITLE = "港区道路积水问题整改";
    public static final String ITEM_NUMBER = "DB-2026-0012";

    /**
     * The issued event of a supervision item's work (督办事项), as task-service's items send it: the item is its own
     * plan of one measure (planId = measureId = itemId, its title as plan and measure title, its number as measure number).
     */
    public static AssignmentIssued itemIssuedData(UUID assignmentId, UUID itemId, String source, String unitCode,
                                                  LocalDate deadline) {
        return new AssignmentIssued(assignmentId, itemId, ITEM_TITLE, itemId, ITEM_NUMBER, ITEM_TITLE, UUID.randomUUID(),
                unitCode, UNIT_NAME, "LEAD", deadline, itemId, source);
    }

    /** A lifecycle event of a supervision item's work. */
    public static String itemChanged(String eventId, UUID assignmentId, UUID itemId, String unitCode, String action,
                                     String fromState, String toState, LocalDate deadline, String reason) {
        return changed(eventId, new AssignmentChanged(assignmentId, action, fromState, toState, itemId, itemId, ITEM_NUMBER,
                ITEM_TITLE, unitCode, UNIT_NAME, "LEAD", deadline, null, "GREEN", "supervisor", reason, null, AT, null, itemId));
    }

    public static String issued(String eventId, AssignmentIssued issued) {
        return ContractEvents.cloudEvent(eventId, SOURCE, AssignmentIssued.TYPE, issued.assignmentId(), AT, issued);
    }

    public static String issued(String eventId, UUID assignmentId, UUID planId, String unitCode, LocalDate deadline) {
        return issued(eventId, assignmentId, planId, unitCode, "3", deadline);
    }

    /** An issued event with a chosen measure number (a unit with several assignments in one plan). */
    public static String issued(String eventId, UUID assignmentId, UUID planId, String unitCode, String measureNumber,
                                LocalDate deadline) {
        return issued(eventId, issuedData(assignmentId, planId, unitCode, measureNumber, MEASURE_TITLE, deadline));
    }

    public static String changed(String eventId, UUID assignmentId, UUID planId, String unitCode, String action,
                                 String toState, LocalDate deadline, LocalDate previousDeadline) {
        return changed(eventId, new AssignmentChanged(assignmentId, action, "IN_PROGRESS", toState, planId, UUID.randomUUID(),
                "3", MEASURE_TITLE, unitCode, UNIT_NAME, "LEAD", deadline, previousDeadline, "GREEN", "supervisor", null, null,
                AT));
    }

    /** A lifecycle event with every field a review outcome speaks of. */
    public static String changed(String eventId, UUID assignmentId, UUID planId, String unitCode, String action,
                                 String fromState, String toState, LocalDate deadline, LocalDate previousDeadline,
                                 String reason, String decision) {
        return changed(eventId, new AssignmentChanged(assignmentId, action, fromState, toState, planId, UUID.randomUUID(),
                "3", MEASURE_TITLE, unitCode, UNIT_NAME, "LEAD", deadline, previousDeadline, "GREEN", "supervisor", reason,
                decision, AT));
    }

    /** A lifecycle event while a re-inspection (复核) is pending on {@code reviewAt} (null: none pending). */
    public static String changedWithReview(String eventId, UUID assignmentId, UUID planId, String unitCode, String action,
                                           String fromState, String toState, LocalDate deadline, String reason,
                                           LocalDate reviewAt) {
        return changed(eventId, new AssignmentChanged(assignmentId, action, fromState, toState, planId, UUID.randomUUID(),
                "3", MEASURE_TITLE, unitCode, UNIT_NAME, "LEAD", deadline, null, "NONE", "supervisor", reason, null, AT,
                reviewAt, null));
    }

    /** A milestone of the lead unit's assignment set (SET, OPEN) or reached (DONE, DONE), as task-service sends it. */
    public static String milestoneChanged(String eventId, UUID milestoneId, UUID assignmentId, UUID planId, String unitCode,
                                          String action, String title, LocalDate dueDate, long version) {
        MilestoneChanged data = new MilestoneChanged(milestoneId, assignmentId, action, "DONE".equals(action) ? "DONE" : "OPEN",
                title, dueDate, planId, UUID.randomUUID(), "3", MEASURE_TITLE, unitCode, UNIT_NAME, "officer", null, version, AT);
        return ContractEvents.cloudEvent(eventId, SOURCE, MilestoneChanged.TYPE, assignmentId, AT, data);
    }

    public static String changed(String eventId, AssignmentChanged changed) {
        return ContractEvents.cloudEvent(eventId, SOURCE, AssignmentChanged.TYPE, changed.assignmentId(), AT, changed);
    }

    /** What task-service's warning sweep publishes for one assignment. */
    public static String warningChanged(String eventId, UUID assignmentId, UUID planId, String unitCode, String measureNumber,
                                        String fromLevel, String toLevel, boolean reportMissing,
                                        boolean previousReportMissing, LocalDate deadline) {
        WarningChanged changed = new WarningChanged(assignmentId, fromLevel, toLevel, reportMissing, previousReportMissing,
                unitCode, planId, UUID.randomUUID(), measureNumber, MEASURE_TITLE, deadline, "ACCEPTED", SWEPT_AT);
        return ContractEvents.cloudEvent(eventId, SOURCE, WarningChanged.TYPE, assignmentId, SWEPT_AT, changed);
    }

    /** task-service's supervision.plan.reporting-cycle.changed.v1; frequency null for REMOVED. */
    public static String cycleChanged(String eventId, UUID planId, String action, String frequency, Integer dueDay,
                                      long version) {
        ReportingCycleChanged changed = new ReportingCycleChanged(planId, action, frequency, dueDay, version, null,
                "supervisor", AT);
        return ContractEvents.cloudEvent(eventId, SOURCE, ReportingCycleChanged.TYPE, planId, AT, changed);
    }

    /** A supervision notice (督办单) issued to, answered by or closed for a unit, on one assignment. */
    public static String noticeChanged(String eventId, UUID noticeId, String action, String state, String unitCode,
                                       UUID assignmentId, String title, LocalDate respondBy) {
        NoticeChanged changed = new NoticeChanged(noticeId, action, unitCode, List.of(assignmentId), title, respondBy,
                state, "supervisor", AT);
        return ContractEvents.cloudEvent(eventId, SOURCE, NoticeChanged.TYPE, noticeId, AT, changed);
    }

    /** task-service's 催办 by hand: the {@code count}th urge of an open assignment, with the supervisor's message or none. */
    public static String urged(String eventId, UUID assignmentId, UUID planId, String unitCode, LocalDate deadline, long count,
                               String message) {
        AssignmentUrged urged = new AssignmentUrged(UUID.randomUUID(), assignmentId, planId, PLAN_TITLE, UUID.randomUUID(),
                "3", MEASURE_TITLE, unitCode, UNIT_NAME, "LEAD", "IN_PROGRESS", deadline, "RED", count, message, "supervisor",
                AT);
        return ContractEvents.cloudEvent(eventId, SOURCE, AssignmentUrged.TYPE, assignmentId, AT, urged);
    }

    /** A monthly bulletin (月度通报) published by task-service naming these units' lines. */
    public static String bulletinPublished(String eventId, UUID bulletinId, UUID planId, String documentNumber,
                                           List<BulletinPublished.UnitLine> units) {
        BulletinPublished published = new BulletinPublished(bulletinId, "2024-06", planId, "关于2024年6月重点任务推进情况的通报",
                documentNumber, units, "supervisor", AT);
        return ContractEvents.cloudEvent(eventId, SOURCE, BulletinPublished.TYPE, bulletinId, AT, published);
    }

    /** One unit's line of a bulletin. */
    public static BulletinPublished.UnitLine bulletinLine(String unitCode, String unitName, int rank, String score, String card,
                                                          long overdueAtEnd) {
        return new BulletinPublished.UnitLine(unitCode, unitName, rank, new java.math.BigDecimal(score), card, 4, 1, 0, overdueAtEnd,
                2, 1, 0, 1, overdueAtEnd);
    }

    /** Polls (parkNanos, never sleep) until the condition holds; fails with {@code what} after the timeout. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }

    public static <T> List<T> nonEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
