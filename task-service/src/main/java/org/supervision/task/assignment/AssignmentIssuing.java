package org.supervision.task.assignment;

import org.supervision.task.api.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.supervision.task.audit.AuditTrail;
import org.supervision.contracts.Topics;
import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.contracts.assignment.AssignmentIssued;
import org.supervision.contracts.plan.MeasureChanged;
import org.supervision.contracts.plan.MeasureData;
import org.supervision.contracts.plan.MeasurePublished;
import org.supervision.contracts.plan.PlanPublishedV1;
import org.supervision.platform.events.outbox.EventOutbox;
import org.supervision.platform.events.inbox.UnreadableEventException;
import org.supervision.task.plan.Plans;
import org.supervision.task.supervision.WarningPolicy;

import io.quarkus.logging.Log;

/**
 * Keeps assignments in step with the plans: one per responsible unit of each published measure
 * (groups arrive expanded to their members), and, when a published measure changes, its open
 * assignments follow (deadline, units added or withdrawn), each change with its reason in the audit
 * trail. Finished work (completed, cancelled) is history and is not touched.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssignmentIssuing {

    private static final int MAX_SECTION = 300;

    static final String PLAN_SERVICE = "plan-service";

    private final AssignmentRepository assignments;
    private final AuditTrail audit;
    private final EventOutbox outbox;
    private final WarningPolicy warnings;
    private final Plans plans;
    private final Clock clock;

    public AssignmentIssuing(AssignmentRepository assignments, AuditTrail audit, EventOutbox outbox, WarningPolicy warnings,
                             Plans plans, Clock clock) {
        this.warnings = warnings;
        this.plans = plans;
        this.assignments = assignments;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A whole plan in one legacy v1 event: its header is kept as a v2 header would be, then its measures issued. */
    public int issue(PlanPublishedV1 plan) {
        if (plan.planId() == null || plan.measures() == null) {
            throw new UnreadableEventException("plan.published without planId or measures");
        }
        plans.published(plan.planId(), plan.title(), plan.docNumber(), plan.year(), plan.version(), null, null);
        int issued = 0;
        for (MeasureData measure : plan.measures()) {
            issued += issueMissing(plan.planId(), plan.title(), measure, "plan published");
        }
        Log.infof("plan %s: %d assignments issued", plan.planId(), issued);
        return issued;
    }

    /**
     * One measure of a plan just published (after the plan's header, whose title its assignments take). A
     * replay under new event ids finds the assignments there and issues nothing twice.
     */
    public int issue(MeasurePublished published) {
        if (published.planId() == null || published.measure() == null || published.measure().measureId() == null) {
            throw new UnreadableEventException("measure.published without planId or measure");
        }
        int issued = issueMissing(published.planId(), planTitleOf(published.planId()), published.measure(), "plan published");
        Log.debugf("plan %s, measure %s: %d assignments issued", published.planId(), published.measure().number(), issued);
        return issued;
    }

    public void onMeasureEvent(String type, MeasureChanged change) {
        if (change.planId() == null || change.measure() == null || change.measure().measureId() == null) {
            throw new UnreadableEventException(type + " without planId or measure");
        }
        MeasureData measure = change.measure();
        String reason = change.reason() == null ? type.replace("supervision.plan.", "") : change.reason();
        switch (type) {
            case MeasureChanged.ADDED -> issueMissing(change.planId(), planTitleOf(change.planId()), measure, reason);
            case MeasureChanged.WITHDRAWN -> {
                for (Assignment a : assignments.openFor(measure.measureId())) {
                    move(a, AssignmentState.CANCELLED, "WITHDRAW", reason, x -> { });
                }
            }
            case MeasureChanged.CHANGED, MeasureChanged.DEADLINE_CHANGED -> follow(change.planId(), measure, reason);
            default -> throw new UnreadableEventException("unknown measure event " + type);
        }
    }

    /** Open assignments take the measure's new text, deadline and targets; new units get one, dropped units' are cancelled. */
    private void follow(UUID planId, MeasureData measure, String reason) {
        Set<UUID> named = new HashSet<>();
        for (MeasureData.UnitData unit : units(measure)) {
            named.add(unit.unitId());
        }
        for (Assignment a : assignments.openFor(measure.measureId())) {
            // reassigned work follows the unit the plan names, which it stands in for
            UUID planUnit = a.planUnitId();
            if (!named.contains(planUnit)) {
                move(a, AssignmentState.CANCELLED, "UNIT_WITHDRAWN", reason, x -> { });
                continue;
            }
            MeasureData.UnitData unit = units(measure).stream().filter(u -> u.unitId().equals(planUnit)).findFirst().orElseThrow();
            boolean differs = !Objects.equals(a.deadline, measure.deadline()) || !Objects.equals(a.measureTitle, measure.title())
                    || !a.role.name().equals(unit.role()) || !Objects.equals(a.measureNumber, measure.number());
            if (differs) {
                move(a, a.state, "MEASURE_CHANGED", reason, x -> copyMeasure(x, measure, unit));
            }
        }
        issueMissing(planId, planTitleOf(planId), measure, reason);
    }

    private int issueMissing(UUID planId, String planTitle, MeasureData measure, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int issued = 0;
        for (MeasureData.UnitData unit : units(measure)) {
            // a replayed plan or change (new event id, same content) must not issue the work twice
            if (assignments.existsFor(measure.measureId(), unit.unitId())) {
                continue;
            }
            Assignment a = new Assignment();
            a.id = UUID.randomUUID();
            a.planId = planId;
            a.planTitle = planTitle == null ? "" : planTitle;
            a.unitId = unit.unitId();
            a.unitCode = unit.unitCode();
            a.unitName = unit.unitName();
            a.groupId = unit.groupId();
            copyMeasure(a, measure, unit);
            a.state = AssignmentState.ISSUED;
            // work that arrives already late is red at once, not at the next sweep
            a.warningLevel = warnings.levelOf(a.warningFacts(), ChinaTime.today(clock));
            a.createdAt = now;
            a.updatedAt = now;
            a.warningChangedAt = now;
            assignments.persist(a);
            audit.record(a, null, PLAN_SERVICE, "ISSUE", reason);
            outbox.add(Topics.TASK, a.id.toString(), AssignmentIssued.TYPE, a.issued());
            issued++;
        }
        return issued;
    }

    /**
     * The heading as a filter value, at most the column's 300 characters. plan-service keeps headings that
     * short, but a draft imported before it did, or a replayed event, may carry a longer one: the whole plan's
     * event would fail on it and none of its work would be issued.
     */
    private static String section(String heading) {
        return heading == null || heading.length() <= MAX_SECTION ? heading
                : heading.substring(0, Character.isHighSurrogate(heading.charAt(MAX_SECTION - 1)) ? MAX_SECTION - 1 : MAX_SECTION);
    }

    private static void copyMeasure(Assignment a, MeasureData measure, MeasureData.UnitData unit) {
        a.measureId = measure.measureId();
        a.parentMeasureId = measure.parentMeasureId();
        a.measureNumber = measure.number();
        a.measureTitle = measure.title();
        a.path = new ArrayList<>(measure.path() == null ? List.of() : measure.path());
        a.section = a.path.isEmpty() ? null : section(a.path.get(a.path.size() - 1));
        a.deadline = measure.deadline();
        a.deadlineText = measure.deadlineText();
        a.targets = new ArrayList<>(measure.targets() == null ? List.of() : measure.targets().stream()
                .map(t -> new MeasureTarget(t.text(), t.metric(), t.comparator(), t.value(), t.unit())).toList());
        a.role = Role.valueOf(unit.role());
    }

    private void move(Assignment a, AssignmentState to, String action, String reason, java.util.function.Consumer<Assignment> change) {
        Map<String, Object> before = a.auditSnapshot();
        AssignmentState from = a.state;
        LocalDate previousDeadline = a.deadline;
        change.accept(a);
        a.state = to;
        a.updatedAt = OffsetDateTime.now(clock);
        a.warn(warnings.levelOf(a.warningFacts(), ChinaTime.today(clock)), a.updatedAt);
        assignments.flush();
        audit.record(a, before, PLAN_SERVICE, action, reason);
        outbox.add(Topics.TASK, a.id.toString(), AssignmentChanged.TYPE, a.changed(action, from.name(),
                Objects.equals(previousDeadline, a.deadline) ? null : previousDeadline, PLAN_SERVICE, reason, null));
    }

    private static List<MeasureData.UnitData> units(MeasureData measure) {
        return measure.units() == null ? List.of() : measure.units();
    }

    /**
     * The title its header event gave the plan; for a plan whose header was never seen here (published
     * before headers were kept), the title its assignments have, else none.
     */
    private String planTitleOf(UUID planId) {
        return plans.titleOf(planId).orElseGet(() ->
                assignments.find("planId", planId).firstResultOptional().map(a -> a.planTitle).orElse(""));
    }
}
