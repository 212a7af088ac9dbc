package org.supervision.plan.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the units that could lead a measure that names none, from two kinds of evidence:
 * <ul>
 * <li><b>past measures</b>: the measures of published plans most like this one (TF-IDF cosine over
 * character bigrams) vote for the units that led them, each vote weighted by the likeness and split
 * among a measure's leads;</li>
 * <li><b>duties</b>: the unit's duty keywords and its name (市市场监管局 says 市场监管), as a short text
 * compared with the measure the same way.</li>
 * </ul>
 * The score is {@code 0.6 × vote share + 0.4 × duty likeness}, so between 0 and 1; it orders units
 * for one measure and is no probability. Pure and immutable: built once per import from what the
 * directory and the published plans hold.
 */
public final class LeadUnitRanker {

    /** A published measure and the units that led it ({@code leads}: unit keys). */
    public record PastMeasure(String text, List<String> leads) {
    }

    /** A unit that may be suggested: its key (a unit id), its name and its duty keywords. */
    public record Candidate(String key, String name, List<String> duties) {
    }

    /** One suggestion; {@code basis} says which evidence carried it: {@code past-measures}, {@code duties} or both. */
    public record Suggestion(String key, String name, double score, String basis) {
    }

    static final int NEIGHBOURS = 5;
    static final double VOTE_WEIGHT = 0.6;
    static final double DUTY_WEIGHT = 0.4;

    private final List<Map<String, Double>> pastVectors = new ArrayList<>();
    private final List<List<String>> pastLeads = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final double unseenIdf;
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> dutyVectors = new HashMap<>();

    private final double voteWeight;
    private final double dutyWeight;

    public LeadUnitRanker(List<PastMeasure> past, List<Candidate> units) {
        this(past, units, VOTE_WEIGHT, DUTY_WEIGHT);
    }

    /** With other weights: the evaluation reports each kind of evidence alone too. */
    LeadUnitRanker(List<PastMeasure> past, List<Candidate> units, double voteWeight, double dutyWeight) {
        this.voteWeight = voteWeight;
        this.dutyWeight = dutyWeight;
        Map<String, Integer> df = new HashMap<>();
        List<Map<String, Integer>> pastCounts = new ArrayList<>();
        for (PastMeasure m : past) {
            if (m.leads().isEmpty()) {
                continue;
            }
            Map<String, Integer> counts = TextTerms.counts(m.text());
            pastCounts.add(counts);
            pastLeads.add(List.copyOf(m.leads()));
            counts.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = pastCounts.size();
        df.forEach((t, d) -> idf.put(t, Math.log(1.0 + (n + 1.0) / d)));
        unseenIdf = Math.log(1.0 + (n + 1.0));
        pastCounts.forEach(c -> pastVectors.add(vector(c)));
        for (Candidate c : units) {
            candidates.put(c.key(), c);
            StringBuilder duty = new StringBuilder(c.name() == null ? "" : c.name());
            c.duties().forEach(d -> duty.append(' ').append(d));
            dutyVectors.put(c.key(), vector(TextTerms.counts(duty.toString())));
        }
    }

    /** The best {@code limit} units for {@code text}, best first; none when nothing speaks for any unit. */
    public List<Suggestion> rank(String text, int limit) {
        Map<String, Double> q = vector(TextTerms.counts(text));
        if (q.isEmpty()) {
            return List.of();
        }
        Map<String, Double> votes = votes(q);
        List<Suggestion> out = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            double vote = votes.getOrDefault(c.key(), 0.0);
            double duty = cosine(q, dutyVectors.get(c.key()));
            double score = voteWeight * vote + dutyWeight * duty;
            if (score <= 0) {
                continue;
            }
            String basis = voteWeight * vote > 0 && dutyWeight * duty > 0 ? "past-measures+duties" : voteWeight * vote > 0 ? "past-measures" : "duties";
            out.add(new Suggestion(c.key(), c.name(), Math.round(score * 1000) / 1000.0, basis));
        }
        out.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::name));
        return out.size() <= limit ? out : List.copyOf(out.subList(0, limit));
    }

    /** Each unit's share of the likeness of the {@value #NEIGHBOURS} most alike past measures. */
    private Map<String, Double> votes(Map<String, Double> q) {
        record Neighbour(int index, double similarity) {
        }
        List<Neighbour> all = new ArrayList<>();
        for (int i = 0; i < pastVectors.size(); i++) {
            double s = cosine(q, pastVectors.get(i));
            if (s > 0) {
                all.add(new Neighbour(i, s));
            }
        }
        all.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
        Map<String, Double> votes = new HashMap<>();
        double total = 0;
        for (Neighbour nb : all.subList(0, Math.min(NEIGHBOURS, all.size()))) {
            List<String> leads = pastLeads.get(nb.index());
            total += nb.similarity();
            for (String lead : leads) {
                votes.merge(lead, nb.similarity() / leads.size(), Double::sum);
            }
        }
        if (total > 0) {
            double sum = total;
            votes.replaceAll((k, v) -> v / sum);
        }
        return votes;
    }

    /** Sublinear term frequency times IDF, normalised to length 1. */
    private Map<String, Double> vector(Map<String, Integer> counts) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), unseenIdf);
            v.put(e.getKey(), w);
            norm += w * w;
        }
        if (norm > 0) {
            double len = Math.sqrt(norm);
            v.replaceAll((k, w) -> w / len);
        }
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (b == null || b.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}
