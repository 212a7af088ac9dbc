package org.supervision.task.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.supervision.task.calendar.CalendarWarning;
import org.supervision.task.calendar.WorkingDayCalendar;
import org.supervision.task.supervision.WarningLevel;
import org.supervision.task.supervision.WorkSource;

/**
 * An assignment as the API shows it; {@code version} is also its ETag (a user's write moves it, the
 * warning sweep does not). {@code updatedAt} is when anything shown last changed, the warning included,
 * which is what {@code updatedSince} compares. {@code urgeCount} and {@code lastUrgedAt}: 催办 by hand (POST …/urge).
 * {@code handlingDepartment}: who inside the unit handles it
 * (转办); {@code reviewAt}: the date of a pending re-inspection (复核) of completed work. {@code source} is PLAN, or for
 * the work of a supervision item (督办事项, {@code itemId}) the item's source; such work has the item's id as planId and measureId.
 */
public record AssignmentView(UUID id, UUID planId, String planTitle, UUID measureId, UUID parentMeasureId,
                             String measureNumber, String measureTitle, String section, List<String> path,
                             UUID unitId, String unitCode, String unitName, UUID groupId, Role role, LocalDate deadline,
                             String deadlineText, List<MeasureTarget> targets, AssignmentState state,
                             WarningLevel warningLevel, boolean reportMissing, OffsetDateTime lastReportAt, int progressPercent,
                             String personInCharge, String phone, String pendingReason, OffsetDateTime completedAt,
                             int urgeCount, OffsetDateTime lastUrgedAt, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                             List<CalendarWarning> calendarWarnings, String handlingDepartment, LocalDate reviewAt,
                             WorkSource source, UUID itemId) {

    /** {@code calendarWarnings}: the deadline falls in a year the calendar has no data for (empty otherwise). */
    public static AssignmentView of(Assignment a, WorkingDayCalendar calendar) {
        return new AssignmentView(a.id, a.planId, a.planTitle, a.measureId, a.parentMeasureId, a.measureNumber,
                a.measureTitle, a.section, List.copyOf(a.path), a.unitId, a.unitCode, a.unitName, a.groupId, a.role,
                a.deadline, a.deadlineText, List.copyOf(a.targets), a.state, a.warningLevel, a.reportMissing, a.lastReportAt,
                a.progressPercent, a.personInCharge, a.phone,
                a.pendingReason, a.completedAt, a.urgeCount, a.lastUrgedAt, a.version, a.createdAt, a.lastChangedAt(),
                calendar.warnings(a.deadline), a.handlingDepartment, a.reviewAt, a.source, a.itemId);
    }
}
