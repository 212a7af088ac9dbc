package org.supervision.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.supervision.contracts.Topics;
import org.supervision.contracts.plan.MeasureChanged;
import org.supervision.contracts.plan.MeasureData;
import org.supervision.platform.events.outbox.EventOutbox;
import org.supervision.plan.unit.UnitDirectory;
import org.supervision.plan.unit.UnitIndex;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.Versions;

/**
 * Review edits of a plan's header and measures, each against the plan version the reviewer read
 * (every edit moves the plan's version, which is its ETag). A draft is simply changed; a
 * published plan is changed and its consumers are told: measure added, changed, withdrawn, or
 * only its deadline moved.
 */
@ApplicationScoped
@Transactional
public class PlanEditing {

    private final PlanRepository plans;
    /** The reason the units are told when the plan's default deadline moves their measure's. */
    static final String DEFAULT_DEADLINE_MOVED = "方案统一完成时限调整";

    private final UnitDirectory directory;
    private final EventOutbox outbox;
    private final Clock clock;

    public PlanEditing(PlanRepository plans, UnitDirectory directory, EventOutbox outbox, Clock clock) {
        this.plans = plans;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Plan updateHeader(UUID planId, long expectedVersion, PlanHeaderRequest request) {
        Plan plan = lock(planId, expectedVersion);
        LocalDate defaultBefore = plan.effectiveDefaultDeadline();
        plan.title = request.title().strip();
        plan.docNumber = blankToNull(request.docNumber());
        plan.issuer = blankToNull(request.issuer());
        plan.issuedOn = request.issuedOn();
        plan.year = request.year();
        plan.defaultDeadline = request.defaultDeadline();
        touched(plan);
        if (plan.status == PlanStatus.PUBLISHED && !defaultBefore.equals(plan.effectiveDefaultDeadline())) {
            // a measure without a deadline of its own is due on the plan's default: its units' deadline moved
            UnitIndex units = directory.index(plan.regionCode);
            for (Measure measure : plan.measures) {
                if (measure.isActive() && measure.deadline == null) {
                    tell(plan, MeasureChanged.DEADLINE_CHANGED, measure, units, defaultBefore, DEFAULT_DEADLINE_MOVED);
                }
            }
        }
        return plan;
    }

    public Measure add(UUID planId, long expectedVersion, MeasureRequest request) {
        Plan plan = lock(planId, expectedVersion);
        UnitIndex units = directory.index(plan.regionCode);
        Measure measure = new Measure();
        measure.id = UUID.randomUUID();
        measure.plan = plan;
        measure.position = plan.nextPosition();
        apply(measure, request, plan, units);
        plan.measures.add(measure);
        touched(plan);
        if (plan.status == PlanStatus.PUBLISHED) {
            tell(plan, MeasureChanged.ADDED, measure, units, null, request.reason());
        }
        return measure;
    }

    public Measure update(UUID planId, UUID measureId, long expectedVersion, MeasureRequest request) {
        Plan plan = lock(planId, expectedVersion);
        Measure measure = measureOf(plan, measureId);
        if (!measure.isActive()) {
            throw new ProblemException(Problem.of(409, "measure-withdrawn", "Measure withdrawn",
                    "A withdrawn measure is kept for the record and cannot be changed; add a new one."));
        }
        UnitIndex units = directory.index(plan.regionCode);
        MeasureData before = PlanEventData.measure(measure, units);
        LocalDate previousDeadline = before.deadline();
        apply(measure, request, plan, units);
        touched(plan);
        if (plan.status == PlanStatus.PUBLISHED) {
            MeasureData after = PlanEventData.measure(measure, units);
            boolean deadlineMoved = !Objects.equals(previousDeadline, after.deadline());
            MeasureData beforeSameDeadline = new MeasureData(before.measureId(),
                    before.parentMeasureId(), before.number(), before.path(), before.title(), after.deadline(),
                    after.deadlineText(), before.targets(), before.units());
            if (deadlineMoved && beforeSameDeadline.equals(after)) {
                tell(plan, MeasureChanged.DEADLINE_CHANGED, measure, units, previousDeadline, request.reason());
            } else if (!before.equals(after)) {
                tell(plan, MeasureChanged.CHANGED, measure, units, previousDeadline, request.reason());
            }
        }
        return measure;
    }

    /** A draft's measure is deleted; a published one is withdrawn (kept, marked, its assignments cancelled). */
    public Plan remove(UUID planId, UUID measureId, long expectedVersion, String reason) {
        Plan plan = lock(planId, expectedVersion);
        Measure measure = measureOf(plan, measureId);
        List<Measure> affected = new ArrayList<>();
        affected.add(measure);
        plan.measures.stream().filter(m -> m.parent == measure).forEach(affected::add);
        if (plan.status == PlanStatus.DRAFT) {
            plan.measures.removeAll(affected);
        } else if (measure.isActive()) {
            UnitIndex units = directory.index(plan.regionCode);
            for (Measure m : affected) {
                if (m.isActive()) {
                    m.status = MeasureStatus.WITHDRAWN;
                    tell(plan, MeasureChanged.WITHDRAWN, m, units, null, reason);
                }
            }
        }
        return touched(plan);
    }

    private Plan lock(UUID planId, long expectedVersion) {
        Plan plan = plans.findByIdOptional(planId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("plan " + planId));
        Versions.check(expectedVersion, plan.version);
        return plan;
    }

    private static Measure measureOf(Plan plan, UUID measureId) {
        return plan.measures.stream().filter(m -> m.id.equals(measureId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("measure " + measureId + " of plan " + plan.id));
    }

    private Plan touched(Plan plan) {
        plan.updatedAt = OffsetDateTime.now(clock); // moves the version: every edit changes the ETag
        plans.flush();
        return plan;
    }

    private void tell(Plan plan, String type, Measure measure, UnitIndex units, LocalDate previousDeadline, String reason) {
        plans.flush();
        outbox.add(Topics.PLAN, plan.id.toString(), type, new MeasureChanged(plan.id, plan.publishedVersion,
                PlanEventData.measure(measure, units), previousDeadline, blankToNull(reason)),
                "measures[" + plan.measures.indexOf(measure) + "]");
    }

    private static void apply(Measure measure, MeasureRequest request, Plan plan, UnitIndex units) {
        List<Problem.Violation> violations = new ArrayList<>();
        Measure parent = null;
        if (request.parentId() != null) {
            parent = plan.measures.stream().filter(m -> m.id.equals(request.parentId())).findFirst().orElse(null);
            if (parent == null || parent == measure || parent.parent != null) {
                violations.add(new Problem.Violation("parentId", "top-level-measure-of-this-plan",
                        "a sub-item's parent must be a top-level measure of the same plan"));
            }
        }
        List<ResponsibleUnit> named = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // a draft keeps a name the directory does not know (publishing adds it); a published plan has no such
        // step, and a unit its event could not name would get no assignment, silently. What the measure already
        // named unresolved (a group the directory does not define) may be sent back as it was read.
        Set<String> alreadyNamed = measure.units.stream().filter(u -> !u.isResolved()).map(u -> u.name).collect(Collectors.toSet());
        Predicate<String> mayStayUnknown = plan.status == PlanStatus.PUBLISHED ? alreadyNamed::contains : name -> true;
        resolve(request.leadUnits(), UnitRole.LEAD, "leadUnits", units, mayStayUnknown, named, seen, violations);
        resolve(request.cooperatingUnits(), UnitRole.COOPERATING, "cooperatingUnits", units, mayStayUnknown, named, seen,
                violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.unprocessable("The measure cannot be saved as it is",
                    "Fix the fields named below.", violations));
        }
        measure.parent = parent;
        measure.number = request.number().strip();
        measure.path = new ArrayList<>(request.path() == null ? List.of() : request.path());
        measure.title = request.title().strip();
        measure.text = request.text() == null || request.text().isBlank() ? measure.title : request.text().strip();
        measure.deadline = request.deadline();
        measure.deadlineText = blankToNull(request.deadlineText());
        measure.targets = new ArrayList<>(request.targets() == null ? List.of() : request.targets().stream()
                .map(t -> new MeasureTarget(t.text().strip(), t.metric(), t.comparator(), t.value(), t.unit())).toList());
        measure.units.clear();
        measure.units.addAll(named);
    }

    private static void resolve(List<MeasureRequest.UnitRef> refs, UnitRole role, String field, UnitIndex units,
                                Predicate<String> mayStayUnknown, List<ResponsibleUnit> out, Set<String> seen,
                                List<Problem.Violation> violations) {
        if (refs == null) {
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            MeasureRequest.UnitRef ref = refs.get(i);
            String at = field + "[" + i + "]";
            if (ref.unitId() != null) {
                var unit = units.unit(ref.unitId());
                if (unit.isEmpty()) {
                    violations.add(new Problem.Violation(at + ".unitId", "unknown-unit", ref.unitId() + " is not a unit of the directory"));
                } else if (seen.add("u" + ref.unitId())) {
                    out.add(new ResponsibleUnit(role, unit.get().name, mention(ref, unit.get().name), ref.unitId(), null, false));
                }
            } else if (ref.groupId() != null) {
                var group = units.group(ref.groupId());
                if (group.isEmpty()) {
                    violations.add(new Problem.Violation(at + ".groupId", "unknown-group", ref.groupId() + " is not a unit group"));
                } else if (seen.add("g" + ref.groupId())) {
                    out.add(new ResponsibleUnit(role, group.get().name, mention(ref, group.get().name), null, ref.groupId(), false));
                }
            } else if (ref.name() != null && !ref.name().isBlank()) {
                String name = ref.name().strip();
                UnitIndex.Resolution r = units.resolve(name);
                if (!r.isResolved() && !mayStayUnknown.test(name)) {
                    violations.add(new Problem.Violation(at + ".name", "unknown-unit", "'" + name + "' is not a unit or group of"
                            + " the directory; a published plan's measures name the directory's (POST /api/v1/units adds one)"));
                    continue;
                }
                String key = r.isResolved() ? (r.unitId() != null ? "u" + r.unitId() : "g" + r.groupId()) : "n" + name;
                if (seen.add(key)) {
                    out.add(new ResponsibleUnit(role, r.name(name), mention(ref, name), r.unitId(), r.groupId(), false));
                }
            } else {
                violations.add(new Problem.Violation(at, "unit-id-group-id-or-name", "name a unit by unitId, groupId or name"));
            }
        }
    }

    private static String mention(MeasureRequest.UnitRef ref, String fallback) {
        if (ref.mention() != null && !ref.mention().isBlank()) {
            return ref.mention().strip();
        }
        return ref.name() == null || ref.name().isBlank() ? fallback : ref.name().strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
