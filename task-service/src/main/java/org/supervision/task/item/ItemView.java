package org.supervision.task.item;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.supervision.task.assignment.Assignment;
import org.supervision.task.assignment.AssignmentState;
import org.supervision.task.assignment.Role;
import org.supervision.task.supervision.WarningLevel;
import org.supervision.task.supervision.WorkSource;

/**
 * A supervision item as the API shows it, with its work: one assignment per unit (act on them under
 * {@code /api/v1/assignments/{assignmentId}}). {@code state} follows from all of its work; a unit officer is shown
 * only their own unit's assignments. {@code version} is also its ETag.
 */
public record ItemView(UUID id, String number, WorkSource source, Basis basis, String category, Priority priority,
                       String title, String content, List<String> leadUnits, List<String> cooperatingUnits,
                       LocalDate deadline, ItemState state, String createdBy, OffsetDateTime createdAt, long version,
                       List<Work> assignments) {

    /** The basis document: 批示件, 12345 工单, 巡察/审计 report; its 文号 and date. */
    public record Basis(String title, String docNumber, LocalDate date) {
    }

    /** One unit's work on the item. */
    public record Work(UUID assignmentId, String unitCode, String unitName, Role role, AssignmentState state,
                       LocalDate deadline, WarningLevel warningLevel, boolean reportMissing, int progressPercent,
                       OffsetDateTime completedAt) {

        static Work of(Assignment a) {
            return new Work(a.id, a.unitCode, a.unitName, a.role, a.state, a.deadline, a.warningLevel, a.reportMissing,
                    a.progressPercent, a.completedAt);
        }
    }

    /** {@code work} is all of the item's; {@code shownUnit}, when set (a unit officer's), limits what is listed. */
    static ItemView of(SupervisionItem i, List<Assignment> work, String shownUnit) {
        return new ItemView(i.id, i.number, i.source, new Basis(i.basisTitle, i.basisDocNumber, i.basisDate), i.category,
                i.priority, i.title, i.content, List.copyOf(i.leadUnitCodes), List.copyOf(i.cooperatingUnitCodes), i.deadline,
                ItemRepository.stateOf(work), i.createdBy, i.createdAt, i.version,
                work.stream().filter(a -> shownUnit == null || shownUnit.equals(a.unitCode)).map(Work::of).toList());
    }
}
