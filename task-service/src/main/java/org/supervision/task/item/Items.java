package org.supervision.task.item;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.supervision.contracts.Topics;
import org.supervision.contracts.assignment.AssignmentIssued;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.events.outbox.EventOutbox;
import org.supervision.task.access.Caller;
import org.supervision.task.api.ChinaTime;
import org.supervision.task.assignment.Assignment;
import org.supervision.task.assignment.AssignmentLifecycle;
import org.supervision.task.assignment.AssignmentState;
import org.supervision.task.assignment.Role;
import org.supervision.task.audit.AuditTrail;
import org.supervision.task.supervision.Frequency;
import org.supervision.task.supervision.ReportingCycles;
import org.supervision.task.supervision.WarningPolicy;
import org.supervision.task.supervision.WorkSource;
import org.supervision.task.unit.Unit;
import org.supervision.task.unit.UnitDirectory;

/**
 * Raises supervision items (督办事项) and reads them. An item is its own plan of one measure: each unit it names
 * gets an ISSUED assignment whose plan id and measure id are the item's id, whose plan and measure title are the
 * item's title and whose measure number is the item's number. From there the assignment lives as a plan's does
 * (lifecycle, audit trail, warning sweep, reporting cycle keyed by the item's id, statistics), and
 * notification-service hears of it through the same {@value AssignmentIssued#TYPE}, with the item's id and source.
 * Everything of one creation (item, assignments, audit, events, reporting cycle) is one transaction.
 */
@ApplicationScoped
@Transactional
public class Items {

    private static final LocalDate FIRST_BASIS_DATE = LocalDate.of(2000, 1, 1);

    private final ItemRepository items;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final EventOutbox outbox;
    private final WarningPolicy warnings;
    private final ReportingCycles cycles;
    private final EntityManager entityManager;
    private final Clock clock;

    public Items(ItemRepository items, UnitDirectory units, AuditTrail audit, EventOutbox outbox, WarningPolicy warnings,
                 ReportingCycles cycles, EntityManager entityManager, Clock clock) {
        this.items = items;
        this.units = units;
        this.audit = audit;
        this.outbox = outbox;
        this.warnings = warnings;
        this.cycles = cycles;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    /** A new item and its work, one assignment per unit; every rule is checked before anything is written. */
    public SupervisionItem create(ItemRequests.Create request, Caller caller) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (request.source() == WorkSource.PLAN) {
            violations.add(new Problem.Violation("source", "item-source",
                    "an item comes from LEADER_INSTRUCTION, HOTLINE_12345, INSPECTION, AUDIT or OTHER; PLAN is the work of plans"));
        }
        LocalDate today = today();
        if (request.deadline().isBefore(today)) {
            violations.add(new Problem.Violation("deadline", "not-in-past", "must be today (" + today + ") or later"));
        } else if (request.deadline().isAfter(AssignmentLifecycle.LAST_DEADLINE)) {
            violations.add(new Problem.Violation("deadline", "deadline-range", "must be " + AssignmentLifecycle.LAST_DEADLINE + " or earlier"));
        }
        LocalDate basisDate = request.basis().date();
        if (basisDate != null && basisDate.isAfter(today)) {
            violations.add(new Problem.Violation("basis.date", "not-in-future", "the document is dated today (" + today + ") or earlier"));
        } else if (basisDate != null && basisDate.isBefore(FIRST_BASIS_DATE)) {
            violations.add(new Problem.Violation("basis.date", "date-range", "must be " + FIRST_BASIS_DATE + " or later"));
        }
        ItemRequests.Cycle cycle = request.reportingCycle();
        if (cycle != null && cycle.frequency() == Frequency.WEEKLY && cycle.dueDay() > 7) {
            violations.add(new Problem.Violation("reportingCycle.dueDay", "day-of-week", "1 (Monday) to 7 (Sunday) for WEEKLY"));
        }
        List<Named> named = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        resolve("leadUnits", request.leadUnits(), Role.LEAD, seen, named, violations);
        resolve("cooperatingUnits", request.cooperatingOrNone(), Role.COOPERATING, seen, named, violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.badRequest("The item breaks " + violations.size() + " rule(s).", violations));
        }

        OffsetDateTime now = OffsetDateTime.now(clock);
        SupervisionItem item = new SupervisionItem();
        item.id = UUID.randomUUID();
        item.number = "DB-" + today.getYear() + "-" + String.format("%04d", nextNumber());
        item.source = request.source();
        item.basisTitle = request.basis().title().strip();
        item.basisDocNumber = blankToNull(request.basis().docNumber());
        item.basisDate = basisDate;
        item.category = request.category().strip();
        item.priority = request.priorityOrDefault();
        item.title = request.title().strip();
        item.content = request.content().strip();
        item.leadUnitCodes = new ArrayList<>(named.stream().filter(n -> n.role == Role.LEAD).map(n -> n.unit.code).toList());
        item.cooperatingUnitCodes = new ArrayList<>(named.stream().filter(n -> n.role == Role.COOPERATING).map(n -> n.unit.code).toList());
        item.deadline = request.deadline();
        item.createdBy = caller.name();
        item.createdAt = now;
        items.persist(item);
        for (Named n : named) {
            issue(item, n, caller.name(), now);
        }
        if (cycle != null) {
            // keyed by the item's id as a plan's cycle by the plan's: the sweep, reminders and PUT/DELETE take it as they are
            cycles.set(item.id, new ReportingCycles.Setting(cycle.frequency(), cycle.dueDay()), null, caller.name());
        }
        items.flush(); // the version is what the answer's ETag carries
        return item;
    }

    /** The item if the caller may see it; a unit officer only one that assigns their unit (else 404, as if absent). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SupervisionItem visible(UUID id, Caller caller) {
        return items.findVisible(id, caller.confinedToUnit().orElse(null))
                .orElseThrow(() -> ProblemException.notFound("supervision item " + id));
    }

    private void issue(SupervisionItem item, Named n, String actor, OffsetDateTime now) {
        Assignment a = new Assignment();
        a.id = UUID.randomUUID();
        a.planId = item.id;
        a.planTitle = item.title;
        a.measureId = item.id;
        a.measureNumber = item.number;
        a.measureTitle = item.title;
        a.source = item.source;
        a.itemId = item.id;
        a.unitId = n.unit.id;
        a.unitCode = n.unit.code;
        a.unitName = n.unit.name;
        a.role = n.role;
        a.deadline = item.deadline;
        a.state = AssignmentState.ISSUED;
        a.warningLevel = warnings.levelOf(a.warningFacts(), today());
        a.createdAt = now;
        a.updatedAt = now;
        a.warningChangedAt = now;
        entityManager.persist(a);
        audit.record(a, null, actor, "ISSUE", "督办事项 " + item.number + "：" + item.basisTitle);
        outbox.add(Topics.TASK, a.id.toString(), AssignmentIssued.TYPE, a.issued());
    }

    /** One unit the item names, as the directory has it. */
    private record Named(Unit unit, Role role) {
    }

    /** Each code must name an active unit of the directory, once across lead and cooperating units. */
    private void resolve(String field, List<String> codes, Role role, Set<String> seen, List<Named> named,
                         List<Problem.Violation> violations) {
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).strip();
            String at = field + "[" + i + "]";
            Unit unit = units.byCode(code).orElse(null);
            if (unit == null) {
                violations.add(new Problem.Violation(at, "unknown-unit", "no unit " + code + " in the unit directory"));
            } else if (!unit.active()) {
                violations.add(new Problem.Violation(at, "retired-unit", "unit " + code + " is retired"));
            } else if (!seen.add(code)) {
                violations.add(new Problem.Violation(at, "duplicate-unit", "unit " + code + " is named twice"));
            } else {
                named.add(new Named(unit, role));
            }
        }
    }

    private long nextNumber() {
        return ((Number) entityManager.createNativeQuery("select nextval('supervision_item_number')").getSingleResult()).longValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
