package org.supervision.task.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The arithmetic of the evaluation ranking (考核), without a database: score = 100 + Σ (count × weight) over
 * the unit's plans, roles and {@link Kind}s, never below 0, two decimals; best first, ties to fewer overdue
 * pieces of work, then fewer days overdue, then the unit code. SUPERVISION.md works an example through it.
 */
public final class Scoring {

    /** One term of a unit's score: a count of one kind in one plan and role, its weight, and the points. */
    public record Term(UUID planId, RankingRule.Role role, Kind kind, long count, BigDecimal weight, BigDecimal points) {
    }

    /** A unit's place, score, totals per kind and the terms it came from. */
    public record Ranked(int rank, String unitCode, String unitName, BigDecimal score, Map<Kind, Long> totals,
                         long daysOverdue, List<Term> breakdown) {
    }

    private Scoring() {
    }

    /** Ranks the units the tallies name; each tally is weighted by its plan's rule. */
    public static List<Ranked> rank(List<Tally> tallies, Function<UUID, RankingRule> ruleOfPlan) {
        Map<String, List<Tally>> byUnit = new LinkedHashMap<>();
        tallies.forEach(t -> byUnit.computeIfAbsent(t.unitCode(), k -> new ArrayList<>()).add(t));
        Map<UUID, RankingRule> rules = new LinkedHashMap<>();
        List<Ranked> unranked = new ArrayList<>();
        byUnit.forEach((unit, own) -> {
            BigDecimal sum = BigDecimal.valueOf(RankingRule.BASE);
            List<Term> terms = new ArrayList<>();
            Map<Kind, Long> totals = new LinkedHashMap<>();
            long days = 0;
            for (Kind k : Kind.values()) {
                totals.put(k, 0L);
            }
            for (Tally t : own) {
                RankingRule rule = rules.computeIfAbsent(t.planId(), ruleOfPlan);
                Weights w = rule.of(t.role());
                for (Kind k : Kind.values()) {
                    long n = t.count(k);
                    totals.merge(k, n, Long::sum);
                    if (n != 0) {
                        BigDecimal points = w.of(k).multiply(BigDecimal.valueOf(n));
                        terms.add(new Term(t.planId(), t.role(), k, n, w.of(k), points));
                        sum = sum.add(points);
                    }
                }
                days += t.daysOverdue();
            }
            BigDecimal score = sum.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            unranked.add(new Ranked(0, unit, own.get(0).unitName(), score, totals, days, terms));
        });
        unranked.sort(Comparator.comparing(Ranked::score).reversed()
                .thenComparingLong(r -> r.totals().get(Kind.OVERDUE))
                .thenComparingLong(Ranked::daysOverdue)
                .thenComparing(Ranked::unitCode));
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Ranked r = unranked.get(i);
            out.add(new Ranked(i + 1, r.unitCode(), r.unitName(), r.score(), r.totals(), r.daysOverdue(), r.breakdown()));
        }
        return out;
    }
}
