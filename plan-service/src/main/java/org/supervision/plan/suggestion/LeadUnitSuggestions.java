package org.supervision.plan.suggestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.supervision.plan.plan.Measure;
import org.supervision.plan.plan.MeasureStatus;
import org.supervision.plan.plan.Plan;
import org.supervision.plan.plan.PlanStatus;
import org.supervision.plan.plan.SuggestedUnit;
import org.supervision.plan.plan.UnitRole;
import org.supervision.plan.unit.Unit;
import org.supervision.plan.unit.UnitRepository;
import org.supervision.plan.unit.UnitStatus;

/**
 * Suggests up to three lead units for each measure of a draft that names no lead (nor its parent
 * measure): from the active measures of published plans, with the units that lead them, and from
 * the active units' names and duty keywords. The suggestions go on the measures for the import's
 * answer only; nothing is assigned or stored.
 */
@ApplicationScoped
public class LeadUnitSuggestions {

    static final int LIMIT = 3;

    private final EntityManager entities;
    private final UnitRepository units;

    public LeadUnitSuggestions(EntityManager entities, UnitRepository units) {
        this.entities = entities;
        this.units = units;
    }

    /**
     * Puts suggestions on the measures of {@code draft} that need them; {@code canonical} is the
     * import's text normaliser (simplified characters, half-width), applied to both sides so a
     * traditional-character plan meets simplified past plans. Answers how many measures got some.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int suggest(Plan draft, UnaryOperator<String> canonical) {
        List<Measure> open = draft.measures.stream().filter(m -> !hasLead(m) && (m.parent == null || !hasLead(m.parent)))
                .toList();
        if (open.isEmpty()) {
            return 0;
        }
        LeadUnitRanker ranker = new LeadUnitRanker(pastMeasures(canonical), candidates(canonical));
        int suggested = 0;
        for (Measure m : open) {
            m.suggestedLeadUnits = ranker.rank(canonical.apply(m.title + "。" + m.text), LIMIT).stream()
                    .map(s -> new SuggestedUnit(UUID.fromString(s.key()), s.name(), s.score(), s.basis())).toList();
            suggested += m.suggestedLeadUnits.isEmpty() ? 0 : 1;
        }
        return suggested;
    }

    private static boolean hasLead(Measure m) {
        return m.units.stream().anyMatch(u -> u.role == UnitRole.LEAD);
    }

    /** Every active measure of a published plan that a directory unit leads, with those units. */
    private List<LeadUnitRanker.PastMeasure> pastMeasures(UnaryOperator<String> canonical) {
        List<Object[]> rows = entities.createQuery("select m.id, m.title, m.text, u.unitId from Measure m join m.units u "
                        + "where m.plan.status = :published and m.status = :active and u.role = :lead and u.unitId is not null",
                        Object[].class)
                .setParameter("published", PlanStatus.PUBLISHED).setParameter("active", MeasureStatus.ACTIVE)
                .setParameter("lead", UnitRole.LEAD).getResultList();
        Map<UUID, String> texts = new LinkedHashMap<>();
        Map<UUID, List<String>> leads = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            texts.putIfAbsent(id, canonical.apply(row[1] + "。" + row[2]));
            leads.computeIfAbsent(id, k -> new ArrayList<>()).add(row[3].toString());
        }
        List<LeadUnitRanker.PastMeasure> past = new ArrayList<>();
        texts.forEach((id, text) -> past.add(new LeadUnitRanker.PastMeasure(text, leads.get(id))));
        return past;
    }

    /** The active units, with their duty keywords where someone gave them some. */
    private List<LeadUnitRanker.Candidate> candidates(UnaryOperator<String> canonical) {
        Map<UUID, List<String>> duties = new LinkedHashMap<>();
        UnitDuty.<UnitDuty>listAll().forEach(d -> duties.put(d.unitId, d.keywords));
        List<LeadUnitRanker.Candidate> out = new ArrayList<>();
        for (Unit u : units.list("status", UnitStatus.ACTIVE)) {
            out.add(new LeadUnitRanker.Candidate(u.id.toString(), u.name,
                    duties.getOrDefault(u.id, List.of()).stream().map(canonical).toList()));
        }
        return out;
    }
}
