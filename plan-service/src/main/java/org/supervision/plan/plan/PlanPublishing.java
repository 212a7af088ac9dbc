package org.supervision.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.supervision.contracts.Topics;
import org.supervision.contracts.plan.MeasurePublished;
import org.supervision.contracts.plan.PlanPublished;
import org.supervision.platform.events.outbox.EventOutbox;
import org.supervision.plan.region.IssuingRegion;
import org.supervision.plan.region.Regions;
import org.supervision.plan.unit.Unit;
import org.supervision.plan.unit.UnitDirectory;
import org.supervision.plan.unit.UnitIndex;
import org.supervision.plan.unit.UnitNames;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.Versions;

/**
 * Publishing freezes a plan and hands it to task-service: every mention still unknown to the
 * directory becomes a new unit (the reviewer had the draft's warnings to change that), and a
 * plan.published event (the header) followed by one measure.published event per measure carries
 * every measure with resolved units, roles, effective deadlines and targets — in the same
 * transaction as the status change. A measure whose event would be too large for Kafka refuses the
 * publication (422, rule event-size), and nothing is published.
 */
@ApplicationScoped
@Transactional
public class PlanPublishing {

    static final String UNRESOLVED_GROUP = "UNRESOLVED_GROUP";
    static final String UNIT_ADDED = "UNIT_ADDED";

    private final PlanRepository plans;
    private final UnitDirectory directory;
    private final EventOutbox outbox;
    private final Clock clock;
    private final Regions regions;

    public PlanPublishing(PlanRepository plans, UnitDirectory directory, EventOutbox outbox, Clock clock, Regions regions) {
        this.plans = plans;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
        this.regions = regions;
    }

    public Plan publish(UUID id, long expectedVersion) {
        // the row lock makes a double click or two reviewers publish once, the second sees the new version
        Plan plan = plans.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("plan " + id));
        Versions.check(expectedVersion, plan.version);
        if (plan.status == PlanStatus.PUBLISHED) {
            throw new ProblemException(Problem.of(409, "already-published", "Already published",
                    "The plan was published at " + plan.publishedAt + "; change its measures instead, which publishes change events."));
        }
        if (plan.measures.stream().noneMatch(Measure::isActive)) {
            throw new ProblemException(Problem.unprocessable("Nothing to publish", "The plan has no measures.",
                    List.of(new Problem.Violation("measures", "not-empty", "a plan needs at least one measure to publish"))));
        }
        UnitIndex units = directory.index(plan.regionCode);
        List<PlanWarning> warnings = new ArrayList<>(plan.warnings);
        confirmUnits(plan, units, warnings);
        OffsetDateTime now = OffsetDateTime.now(clock);
        plan.status = PlanStatus.PUBLISHED;
        plan.publishedVersion++;
        plan.publishedAt = now;
        plan.updatedAt = now;
        plan.warnings = warnings;
        plans.flush();
        tellPublished(plan, units);
        return plan;
    }

    /**
     * The plan's header, then each active measure on its own: one event per measure stays small however
     * large the plan, and keyed by the plan they arrive in this order.
     */
    private void tellPublished(Plan plan, UnitIndex units) {
        String key = plan.id.toString();
        long active = plan.measures.stream().filter(Measure::isActive).count();
        outbox.add(Topics.PLAN, key, PlanPublished.TYPE, PlanEventData.published(plan, (int) active));
        for (int i = 0; i < plan.measures.size(); i++) {
            Measure measure = plan.measures.get(i);
            if (measure.isActive()) {
                outbox.add(Topics.PLAN, key, MeasurePublished.TYPE, PlanEventData.measurePublished(plan, measure, units),
                        "measures[" + i + "]");
            }
        }
    }

    /** Stores a structured plan and publishes it at once (for systems that send plans already checked). */
    public Plan createPublished(CreatePlanRequest request, String createdBy) {
        IssuingRegion region = regions.issuing(request.regionCode(), "regionCode", request.issuer(), request.title(),
                request.docNumber());
        UnitIndex units = directory.index(region.code());
        List<Problem.Violation> violations = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.title = request.title().strip();
        plan.docNumber = request.docNumber();
        plan.issuer = request.issuer();
        plan.regionCode = region.code();
        plan.year = request.year() != null ? request.year() : LocalDate.now(clock.withZone(PlanZone.ZONE)).getYear();
        plan.status = PlanStatus.DRAFT;
        plan.sourceFormat = "json";
        plan.createdBy = createdBy;
        plan.createdAt = now;
        plan.updatedAt = now;
        for (int i = 0; i < request.measures().size(); i++) {
            CreatePlanRequest.MeasureRequest source = request.measures().get(i);
            Measure measure = new Measure();
            measure.id = UUID.randomUUID();
            measure.plan = plan;
            measure.position = i;
            measure.number = source.number().strip();
            measure.title = source.title().strip();
            measure.text = measure.title;
            measure.deadline = source.deadline();
            Set<UUID> named = new HashSet<>();
            addNamed(measure, source.leadUnits(), UnitRole.LEAD, "measures[" + i + "].leadUnits", units, named, violations);
            addNamed(measure, Optional.ofNullable(source.cooperatingUnits()).orElse(List.of()), UnitRole.COOPERATING,
                    "measures[" + i + "].cooperatingUnits", units, named, violations);
            plan.measures.add(measure);
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.unprocessable("Unknown units",
                    "Every unit a measure names must be in the unit directory (GET /api/v1/units).", violations));
        }
        plans.persist(plan);
        plans.flush();
        return publish(plan.id, plan.version);
    }

    private static void addNamed(Measure measure, List<String> mentions, UnitRole role, String field, UnitIndex units,
                                 Set<UUID> named, List<Problem.Violation> violations) {
        for (int j = 0; j < mentions.size(); j++) {
            String mention = mentions.get(j).strip();
            UnitIndex.Resolution r = units.resolve(mention);
            if (!r.isResolved()) {
                violations.add(new Problem.Violation(field + "[" + j + "]", "unknown-unit",
                        "'" + mention + "' is not a unit of the directory"));
            } else if (named.add(r.unit() != null ? r.unitId() : r.groupId())) {
                // a unit that leads a measure does not also cooperate on it
                measure.units.add(new ResponsibleUnit(role, r.name(mention), mention, r.unitId(), r.groupId(), false));
            }
        }
    }

    private void confirmUnits(Plan plan, UnitIndex units, List<PlanWarning> warnings) {
        Set<String> warned = new HashSet<>();
        List<Problem.Violation> retired = new ArrayList<>();
        for (Measure measure : plan.measures) {
            for (int i = 0; i < measure.units.size(); i++) {
                ResponsibleUnit named = measure.units.get(i);
                if (named.isResolved()) {
                    continue;
                }
                UnitIndex.Resolution r = units.resolve(named.name, named.mention);
                if (r.isResolved()) {
                    // replaced, not changed in place: element collections are compared element by element
                    measure.units.set(i, new ResponsibleUnit(named.role, named.name, named.mention, r.unitId(),
                            r.groupId(), named.openList));
                } else if (UnitNames.looksLikeGroup(named.name)) {
                    if (warned.add(named.name)) { // once per group, at the first measure naming it
                        warnings.add(new PlanWarning(UNRESOLVED_GROUP, null, "'" + named.name + "' names no units the"
                                + " directory knows; nobody is assigned through it. Define the group and edit the"
                                + " measures naming it.", measure.number));
                    }
                } else {
                    Optional<Unit> gone = units.retired(named.name);
                    if (gone.isPresent()) {
                        retired.add(new Problem.Violation("measures[" + plan.measures.indexOf(measure) + "]", "retired-unit",
                                "'" + named.name + "' is a retired unit of the directory (" + gone.get().code
                                        + "); name the unit that took its work over"));
                        continue;
                    }
                    // a name opening with another region's name is added to that region (河池市… in a Qinzhou plan)
                    Unit unit = directory.addNamedByPlan(named.name, r.regionCode() != null ? r.regionCode() : plan.regionCode);
                    units.add(unit);
                    measure.units.set(i, new ResponsibleUnit(named.role, unit.name, named.mention, unit.id, null,
                            named.openList));
                    warnings.add(new PlanWarning(UNIT_ADDED, null, "'" + named.name + "' was added to the unit directory as "
                            + unit.code + " (kind " + unit.kind + (unit.regionCode == null ? "" : ", region " + unit.regionCode)
                            + ").", measure.number));
                }
            }
        }
        if (!retired.isEmpty()) { // the units added above are rolled back with the publication
            throw new ProblemException(Problem.unprocessable("Retired units named",
                    "A measure names a unit the directory has retired; its name cannot become a new unit.", retired));
        }
    }
}
