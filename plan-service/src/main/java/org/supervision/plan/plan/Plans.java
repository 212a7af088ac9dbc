package org.supervision.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.supervision.plan.api.Problem;
import org.supervision.plan.api.ProblemException;
import org.supervision.plan.events.EventOutbox;
import org.supervision.plan.events.PlanPublished;
import org.supervision.plan.unit.Unit;
import org.supervision.plan.unit.UnitDirectory;
import org.supervision.plan.unit.UnitRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Creating, publishing and reading plans. */
@ApplicationScoped
@Transactional
public class Plans {

    /** Plans are Chinese government documents: their dates are in China's time zone. */
    static final ZoneId PLAN_ZONE = ZoneId.of("Asia/Shanghai");

    private final PlanRepository plans;
    private final UnitDirectory directory;
    private final UnitRepository units;
    private final EventOutbox outbox;
    private final Clock clock;

    public Plans(PlanRepository plans, UnitDirectory directory, UnitRepository units, EventOutbox outbox, Clock clock) {
        this.plans = plans;
        this.directory = directory;
        this.units = units;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Stores a structured plan and publishes it in the same transaction: the plan.published event
     * leaves through the outbox only if the plan is stored.
     */
    public PlanView createPublished(CreatePlanRequest request, String createdBy) {
        List<Problem.Violation> violations = new ArrayList<>();
        Map<String, Unit> resolved = resolveUnits(request, violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.unprocessable("Unknown units",
                    "Every unit a measure names must be in the unit directory (GET /api/v1/units).", violations));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.title = request.title().strip();
        plan.docNumber = request.docNumber();
        plan.issuer = request.issuer();
        plan.year = request.year() != null ? request.year() : LocalDate.now(clock.withZone(PLAN_ZONE)).getYear();
        plan.status = PlanStatus.PUBLISHED;
        plan.createdBy = createdBy;
        plan.createdAt = now;
        plan.publishedAt = now;
        int position = 0;
        for (CreatePlanRequest.MeasureRequest source : request.measures()) {
            Measure measure = new Measure();
            measure.id = UUID.randomUUID();
            measure.plan = plan;
            measure.position = position++;
            measure.number = source.number().strip();
            measure.title = source.title().strip();
            measure.deadline = source.deadline();
            Set<UUID> named = new HashSet<>();
            for (String mention : source.leadUnits()) {
                Unit unit = resolved.get(mention);
                if (named.add(unit.id)) {
                    measure.units.add(new ResponsibleUnit(unit.id, UnitRole.LEAD, mention));
                }
            }
            for (String mention : Optional.ofNullable(source.cooperatingUnits()).orElse(List.of())) {
                Unit unit = resolved.get(mention);
                if (named.add(unit.id)) { // a unit that leads a measure does not also cooperate on it
                    measure.units.add(new ResponsibleUnit(unit.id, UnitRole.COOPERATING, mention));
                }
            }
            plan.measures.add(measure);
        }
        plans.persist(plan);
        outbox.add(PlanPublished.TOPIC, plan.id.toString(), PlanPublished.TYPE, PlanPublished.of(plan, resolvedById(resolved)));
        return toView(plan, resolvedById(resolved));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanView> find(UUID id) {
        return plans.findByIdOptional(id).map(plan -> toView(plan, unitsOf(plan)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanView.Summary> list(int page, int size) {
        return plans.listPage(page, size).stream()
                .map(p -> new PlanView.Summary(p.id, p.title, p.docNumber, p.year, p.status, p.measures.size(), p.createdAt))
                .toList();
    }

    private Map<String, Unit> resolveUnits(CreatePlanRequest request, List<Problem.Violation> violations) {
        Map<String, Unit> resolved = new HashMap<>();
        for (int m = 0; m < request.measures().size(); m++) {
            CreatePlanRequest.MeasureRequest measure = request.measures().get(m);
            resolveAll(measure.leadUnits(), "measures[" + m + "].leadUnits", resolved, violations);
            resolveAll(Optional.ofNullable(measure.cooperatingUnits()).orElse(List.of()),
                    "measures[" + m + "].cooperatingUnits", resolved, violations);
        }
        return resolved;
    }

    private void resolveAll(List<String> mentions, String field, Map<String, Unit> resolved, List<Problem.Violation> violations) {
        for (int i = 0; i < mentions.size(); i++) {
            String mention = mentions.get(i);
            if (resolved.containsKey(mention)) {
                continue;
            }
            Optional<Unit> unit = directory.resolve(mention);
            if (unit.isPresent()) {
                resolved.put(mention, unit.get());
            } else {
                violations.add(new Problem.Violation(field + "[" + i + "]", "unknown-unit",
                        "'" + mention + "' is not a unit of the directory"));
            }
        }
    }

    private static Map<UUID, Unit> resolvedById(Map<String, Unit> byMention) {
        Map<UUID, Unit> byId = new HashMap<>();
        byMention.values().forEach(unit -> byId.put(unit.id, unit));
        return byId;
    }

    private Map<UUID, Unit> unitsOf(Plan plan) {
        Set<UUID> ids = new HashSet<>();
        plan.measures.forEach(m -> m.units.forEach(u -> ids.add(u.unitId)));
        Map<UUID, Unit> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            units.list("id in ?1", ids).forEach(unit -> byId.put(unit.id, unit));
        }
        return byId;
    }

    private static PlanView toView(Plan plan, Map<UUID, Unit> units) {
        List<PlanView.MeasureView> measures = plan.measures.stream().map(m -> new PlanView.MeasureView(m.id, m.number,
                m.title, m.deadline, mentions(m, UnitRole.LEAD, units), mentions(m, UnitRole.COOPERATING, units))).toList();
        return new PlanView(plan.id, plan.title, plan.docNumber, plan.issuer, plan.year, plan.status, plan.createdAt,
                plan.publishedAt, measures);
    }

    private static List<PlanView.UnitMention> mentions(Measure measure, UnitRole role, Map<UUID, Unit> units) {
        return measure.units.stream().filter(u -> u.role == role).map(u -> {
            Unit unit = units.get(u.unitId);
            return new PlanView.UnitMention(u.unitId, unit == null ? null : unit.code, unit == null ? null : unit.name, u.mention);
        }).toList();
    }
}
