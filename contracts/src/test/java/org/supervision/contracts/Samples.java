package org.supervision.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.contracts.assignment.AssignmentIssued;
import org.supervision.contracts.assignment.AssignmentUrged;
import org.supervision.contracts.assignment.MilestoneChanged;
import org.supervision.contracts.assignment.WarningChanged;
import org.supervision.contracts.bulletin.BulletinPublished;
import org.supervision.contracts.calendar.CalendarYear;
import org.supervision.contracts.notice.NoticeChanged;
import org.supervision.contracts.plan.MeasureChanged;
import org.supervision.contracts.plan.MeasureData;
import org.supervision.contracts.plan.MeasurePublished;
import org.supervision.contracts.plan.PlanPublished;
import org.supervision.contracts.plan.PlanPublishedV1;
import org.supervision.contracts.reporting.ReportingCycleChanged;
import org.supervision.contracts.unit.UnitChanged;
import org.supervision.contracts.unit.UnitGroupChanged;

/**
 * One instance of every event's data with every field set, and one with every field that may be null left
 * null (as a real event of that kind is: a plan without 文号, a removed reporting cycle, a first action).
 */
final class Samples {

    static final UUID PLAN = UUID.fromString("2f6b8d4a-1c3e-4a5b-9d7f-0e2c4a6b8d10");
    static final UUID MEASURE = UUID.fromString("7c1e4a90-2b6d-4f3a-8e15-9d0c6b2a4f71");
    static final UUID UNIT = UUID.fromString("0b9d6f4e-8c1a-4b7e-9a52-3f1e2d4c5b60");
    static final UUID GROUP = UUID.fromString("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b");
    static final UUID ASSIGNMENT = UUID.fromString("6d2a9c4e-7b1f-4e8a-9c3d-5f0b2a7e1c94");
    static final UUID ITEM = UUID.fromString("c3f8a1d2-6e4b-4c9a-8f57-2b0d1e3a5c64");
    static final LocalDate END_OF_YEAR = LocalDate.of(2026, 12, 31);
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 4, 10, 30, 0, 0, ZoneOffset.ofHours(8));

    private Samples() {
    }

    static MeasureData fullMeasure() {
        return new MeasureData(MEASURE, UUID.fromString("1d3f5b7a-9c2e-4a6b-8d0f-2e4c6a8b0d12"), "（1）",
                List.of("二、重点任务", "（一）推动产业转型升级"), "加快钦州港东航道扩建工程建设", END_OF_YEAR, "2026年12月底前",
                List.of(new MeasureData.TargetData("完成投资不低于5亿元", "完成投资", ">=", new BigDecimal("5.5"), "亿元")),
                List.of(new MeasureData.UnitData(UNIT, "qz-qnq", "钦南区人民政府", "LEAD", "各县区人民政府", GROUP)));
    }

    static MeasureData sparseMeasure() {
        return new MeasureData(MEASURE, null, "3", List.of(), "持续优化政务服务", END_OF_YEAR, null,
                List.of(new MeasureData.TargetData("群众满意度明显提升", null, null, null, null)),
                List.of(new MeasureData.UnitData(UNIT, "qz-fgw", "钦州市发展和改革委员会", "COOPERATING", "市发展改革委", null)));
    }

    /** name, the type the data is sent as, the data. */
    static Stream<Arguments> all() {
        return Stream.of(
                Arguments.of("plan.published full", EventType.PLAN_PUBLISHED, new PlanPublished(PLAN,
                        "钦州市2026年优化营商环境重点任务分工方案", "钦政办〔2026〕3号", "钦州市人民政府办公室", 2026, 2, END_OF_YEAR, AT, 42)),
                Arguments.of("plan.published without 文号 and issuer", EventType.PLAN_PUBLISHED, new PlanPublished(PLAN,
                        "钦州市2026年优化营商环境重点任务分工方案", null, null, 2026, 1, END_OF_YEAR, AT, 1)),
                Arguments.of("plan.published.v1 full", EventType.PLAN_PUBLISHED_V1, new PlanPublishedV1(PLAN,
                        "钦州市2026年优化营商环境重点任务分工方案", "钦政办〔2026〕3号", "钦州市人民政府办公室", 2026, 1, END_OF_YEAR, AT,
                        List.of(fullMeasure(), sparseMeasure()))),
                Arguments.of("plan.published.v1 sparse", EventType.PLAN_PUBLISHED_V1, new PlanPublishedV1(PLAN,
                        "钦州市2026年优化营商环境重点任务分工方案", null, null, 2026, 1, END_OF_YEAR, AT, List.of(sparseMeasure()))),
                Arguments.of("measure.published full", EventType.MEASURE_PUBLISHED, new MeasurePublished(PLAN, 2, fullMeasure())),
                Arguments.of("measure.published sparse", EventType.MEASURE_PUBLISHED, new MeasurePublished(PLAN, 1, sparseMeasure())),
                Arguments.of("measure.deadline-changed full", EventType.MEASURE_DEADLINE_CHANGED, new MeasureChanged(PLAN, 2,
                        fullMeasure(), LocalDate.of(2026, 9, 30), "受台风影响，工期顺延")),
                Arguments.of("measure.added without reason", EventType.MEASURE_ADDED, new MeasureChanged(PLAN, 2,
                        sparseMeasure(), null, null)),
                Arguments.of("unit.changed full", EventType.UNIT_CHANGED, new UnitChanged(UNIT, "qz-qnq-fgj",
                        "钦南区发展和改革局", "区发改局", "department", UUID.fromString("3a5c7e91-4d2f-4b68-a0c3-1e9f8d7b6a52"),
                        "RETIRED", List.of("钦南区发改局"), 3L, "450702")),
                Arguments.of("unit.created sparse", EventType.UNIT_CREATED, new UnitChanged(UNIT, "qz-fgw",
                        "钦州市发展和改革委员会", null, "department", null, "ACTIVE", List.of(), 0L)),
                Arguments.of("unit.group.changed full", EventType.UNIT_GROUP_CHANGED, new UnitGroupChanged(GROUP,
                        "qz-counties", "各县区人民政府", List.of("各县（区）人民政府"), List.of(UNIT), 4, "450700")),
                Arguments.of("unit.group.changed empty", EventType.UNIT_GROUP_CHANGED, new UnitGroupChanged(GROUP,
                        "qz-counties", "各县区人民政府", List.of(), List.of(), 0)),
                Arguments.of("assignment.issued full", EventType.ASSIGNMENT_ISSUED, new AssignmentIssued(ASSIGNMENT, PLAN,
                        "钦州市2026年优化营商环境重点任务分工方案", MEASURE, "3", "加快钦州港东航道扩建工程建设", UNIT, "qz-fgw",
                        "钦州市发展和改革委员会", "LEAD", END_OF_YEAR)),
                Arguments.of("assignment.issued without deadline", EventType.ASSIGNMENT_ISSUED, new AssignmentIssued(ASSIGNMENT,
                        PLAN, "钦州市2026年优化营商环境重点任务分工方案", MEASURE, "3", "加快钦州港东航道扩建工程建设", UNIT, "qz-fgw",
                        "钦州市发展和改革委员会", "COOPERATING", null)),
                Arguments.of("assignment.issued of a supervision item", EventType.ASSIGNMENT_ISSUED, new AssignmentIssued(
                        ASSIGNMENT, ITEM, "关于港区道路积水问题的12345热线投诉", ITEM, "DB-2026-0012", "关于港区道路积水问题的12345热线投诉",
                        UNIT, "qz-zjj", "钦州市住房和城乡建设局", "LEAD", END_OF_YEAR, ITEM, "HOTLINE_12345")),
                Arguments.of("assignment.changed of a supervision item", EventType.ASSIGNMENT_CHANGED, new AssignmentChanged(
                        ASSIGNMENT, "ACCEPT", "ISSUED", "ACCEPTED", ITEM, ITEM, "DB-2026-0012", "关于港区道路积水问题的12345热线投诉",
                        "qz-zjj", "钦州市住房和城乡建设局", "LEAD", END_OF_YEAR, null, "GREEN", "officer.zhao", null, null, AT, null, ITEM)),
                Arguments.of("assignment.changed full", EventType.ASSIGNMENT_CHANGED, new AssignmentChanged(ASSIGNMENT,
                        "DECIDE_EXTENSION", "IN_PROGRESS", "IN_PROGRESS", PLAN, MEASURE, "3", "加快钦州港东航道扩建工程建设", "qz-fgw",
                        "钦州市发展和改革委员会", "LEAD", LocalDate.of(2027, 1, 31), END_OF_YEAR, "YELLOW", "supervisor.li",
                        "同意延期一个月", "APPROVED", AT)),
                Arguments.of("assignment.changed sparse", EventType.ASSIGNMENT_CHANGED, new AssignmentChanged(ASSIGNMENT,
                        "ACCEPT", null, "ACCEPTED", PLAN, MEASURE, "3", "加快钦州港东航道扩建工程建设", "qz-fgw",
                        "钦州市发展和改革委员会", "LEAD", null, null, "NONE", "officer.wang", null, null, AT)),
                Arguments.of("assignment.changed completed subject to re-inspection", EventType.ASSIGNMENT_CHANGED,
                        new AssignmentChanged(ASSIGNMENT, "COMPLETE", "COMPLETION_REQUESTED", "COMPLETED", PLAN, MEASURE, "3",
                                "加快钦州港东航道扩建工程建设", "qz-fgw", "钦州市发展和改革委员会", "LEAD", END_OF_YEAR, null, "NONE",
                                "supervisor.li", "同意销号，三个月后复核", null, AT, LocalDate.of(2027, 3, 15), null)),
                Arguments.of("assignment.milestone-changed set", EventType.ASSIGNMENT_MILESTONE_CHANGED, new MilestoneChanged(
                        UUID.fromString("c4e1a7b2-3d5f-4a6e-9b8c-1f2d3e4a5b6c"), ASSIGNMENT, "SET", "OPEN", "完成初步设计批复",
                        LocalDate.of(2026, 6, 30), PLAN, MEASURE, "3", "加快钦州港东航道扩建工程建设", "qz-fgw", "钦州市发展和改革委员会",
                        "officer.wang", null, 0L, AT)),
                Arguments.of("assignment.milestone-changed done", EventType.ASSIGNMENT_MILESTONE_CHANGED, new MilestoneChanged(
                        UUID.fromString("c4e1a7b2-3d5f-4a6e-9b8c-1f2d3e4a5b6c"), ASSIGNMENT, "DONE", "DONE", "完成初步设计批复",
                        LocalDate.of(2026, 6, 30), PLAN, MEASURE, "3", "加快钦州港东航道扩建工程建设", "qz-fgw", "钦州市发展和改革委员会",
                        "officer.wang", "批复文件已上传", 1L, AT)),
                Arguments.of("assignment.warning-changed full", EventType.ASSIGNMENT_WARNING_CHANGED, new WarningChanged(
                        ASSIGNMENT, "YELLOW", "RED", true, false, "qz-fgw", PLAN, MEASURE, "3", "加快钦州港东航道扩建工程建设",
                        END_OF_YEAR, "IN_PROGRESS", AT)),
                Arguments.of("assignment.warning-changed without deadline", EventType.ASSIGNMENT_WARNING_CHANGED,
                        new WarningChanged(ASSIGNMENT, "GREEN", "NONE", false, false, "qz-fgw", PLAN, MEASURE, "3",
                                "加快钦州港东航道扩建工程建设", null, "ISSUED", AT)),
                Arguments.of("assignment.urged with a message", EventType.ASSIGNMENT_URGED, new AssignmentUrged(
                        UUID.fromString("5e7c9a1b-3d4f-4a6b-8c2d-0f1e2d3c4b5a"), ASSIGNMENT, PLAN,
                        "钦州市2026年优化营商环境重点任务分工方案", MEASURE, "3", "加快钦州港东航道扩建工程建设", "qz-fgw",
                        "钦州市发展和改革委员会", "LEAD", "IN_PROGRESS", END_OF_YEAR, "RED", 2, "请于本周五前报送整改进展。",
                        "supervisor.li", AT)),
                Arguments.of("assignment.urged without message or deadline", EventType.ASSIGNMENT_URGED, new AssignmentUrged(
                        UUID.fromString("5e7c9a1b-3d4f-4a6b-8c2d-0f1e2d3c4b5a"), ASSIGNMENT, PLAN, null, MEASURE, "3",
                        "加快钦州港东航道扩建工程建设", "qz-fgw", "钦州市发展和改革委员会", "COOPERATING", "ISSUED", null, "GREEN", 1,
                        null, "supervisor.li", AT)),
                Arguments.of("reporting-cycle.changed set", EventType.REPORTING_CYCLE_CHANGED, new ReportingCycleChanged(PLAN,
                        "SET", "MONTHLY", 5, 3L, LocalDate.of(2027, 1, 5), "supervisor.li", AT)),
                Arguments.of("reporting-cycle.changed removed", EventType.REPORTING_CYCLE_CHANGED, new ReportingCycleChanged(
                        PLAN, "REMOVED", null, null, 4L, null, "supervisor.li", AT)),
                Arguments.of("notice.changed", EventType.NOTICE_CHANGED, new NoticeChanged(
                        UUID.fromString("8f3b1d5e-9a2c-4f7b-8d6e-0c4a2f9b7e13"), "RESPONDED", "qz-fgw", List.of(ASSIGNMENT),
                        "关于钦州港东航道扩建工程进度滞后的督办通知", LocalDate.of(2026, 12, 11), "RESPONDED", "officer.wang", AT)),
                Arguments.of("bulletin.published of a plan", EventType.BULLETIN_PUBLISHED, new BulletinPublished(
                        UUID.fromString("4c7e2a91-3b5d-4f8e-a6c1-9d0b2e4f6a83"), "2024-06", PLAN, "关于2024年6月重点任务推进情况的通报",
                        "钦督通〔2024〕6号", List.of(new BulletinPublished.UnitLine("qz-fgw", "钦州市发展和改革委员会", 1,
                        new BigDecimal("104.50"), "NONE", 3, 3, 0, 0, 0, 0, 1, 0, 0), new BulletinPublished.UnitLine("qz-scjg",
                        "钦州市市场监督管理局", 2, new BigDecimal("81.00"), "RED", 4, 1, 0, 3, 2, 2, 0, 1, 3)), "supervisor.li", AT)),
                Arguments.of("bulletin.published of all plans, no 文号, nobody named", EventType.BULLETIN_PUBLISHED,
                        new BulletinPublished(UUID.fromString("4c7e2a91-3b5d-4f8e-a6c1-9d0b2e4f6a83"), "2024-07", null,
                                "关于2024年7月督查督办工作情况的通报", null, List.of(), "supervisor.li", AT)),
                Arguments.of("calendar.year with days", EventType.CALENDAR_YEAR, new CalendarYear(2027,
                        "国务院办公厅关于2027年部分节假日安排的通知", List.of(new CalendarYear.Day(LocalDate.of(2027, 1, 1), "元旦"),
                        new CalendarYear.Day(LocalDate.of(2027, 2, 6), "春节")),
                        List.of(new CalendarYear.Day(LocalDate.of(2027, 2, 20), "春节调休上班")), 2L, "supervisor.li", AT)),
                Arguments.of("calendar.year without days", EventType.CALENDAR_YEAR, new CalendarYear(2030, "本地规定", List.of(),
                        List.of(), 0L, "task-service", AT)));
    }
}
