package org.supervision.plan.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Java port of {@code tools/score-import.py}, same matching and normalisation: measures match
 * by title (punctuation and whitespace ignored, a prefix of at least 6 characters of the other
 * matches), units are compared per matched measure (own plus children's) after dropping a
 * leading 市 and 等单位/等部门, mentions with 略 are ignored, measures whose gold units are empty
 * are not scored for units.
 */
final class ImportScorer {

    private static final Pattern PUNCT = Pattern.compile(
            "[\\s\\u3000，,。.、；;：:（）()〔〕\\[\\]“”\"'‘’《》<>\\-—_]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern OPEN_LIST = Pattern.compile("(等单位|等部门)$");

    record Score(int gold, int predicted, int matched, double measurePrecision, double measureRecall,
                 double measureF1, int tp, int fp, int fn, double unitPrecision, double unitRecall, double unitF1,
                 List<String> unmatchedGold, List<String> unmatchedPredicted, List<String> unitMismatches) {

        String summary() {
            return String.format("{\"measures\": {\"gold\": %d, \"predicted\": %d, \"matched\": %d, \"precision\": %s, "
                            + "\"recall\": %s, \"f1\": %s}, \"units\": {\"tp\": %d, \"fp\": %d, \"fn\": %d, "
                            + "\"precision\": %s, \"recall\": %s, \"f1\": %s}}",
                    gold, predicted, matched, r(measurePrecision), r(measureRecall), r(measureF1), tp, fp, fn,
                    r(unitPrecision), r(unitRecall), r(unitF1));
        }
    }

    private ImportScorer() {
    }

    static String normTitle(String t) {
        String s = t == null ? "" : t.replace("(略)", "").replace("略", "");
        return PUNCT.matcher(s).replaceAll("");
    }

    static String unitName(JsonNode u) {
        if (u == null || u.isNull()) {
            return "";
        }
        if (u.isObject()) {
            String name = text(u.get("name"));
            return name.isEmpty() ? text(u.get("mention")) : name;
        }
        return u.asText("");
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText("");
    }

    static String normUnit(JsonNode u) {
        String s = PUNCT.matcher(unitName(u)).replaceAll("");
        s = OPEN_LIST.matcher(s).replaceAll("");
        if (s.startsWith("市") && s.codePointCount(0, s.length()) > 2) {
            s = s.substring(1);
        }
        return s;
    }

    private static List<Set<String>> units(JsonNode m, boolean gold) {
        String lk = gold ? "lead" : "leadUnits";
        String ck = gold ? "cooperating" : "cooperatingUnits";
        List<JsonNode> lead = new ArrayList<>();
        List<JsonNode> coop = new ArrayList<>();
        m.path(lk).forEach(lead::add);
        m.path(ck).forEach(coop::add);
        for (JsonNode c : m.path("children")) {
            c.path(lk).forEach(lead::add);
            c.path(ck).forEach(coop::add);
        }
        return List.of(clean(lead), clean(coop));
    }

    private static Set<String> clean(List<JsonNode> xs) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode x : xs) {
            String n = normUnit(x);
            if (!n.isEmpty() && !unitName(x).contains("略")) {
                out.add(n);
            }
        }
        return out;
    }

    static boolean sameTitle(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.codePointCount(0, shorter.length()) >= 6 && longer.startsWith(shorter);
    }

    static Score score(JsonNode gold, JsonNode pred) {
        List<JsonNode> gms = new ArrayList<>();
        gold.path("measures").forEach(gms::add);
        List<JsonNode> pms = new ArrayList<>();
        pred.path("measures").forEach(pms::add);
        Set<Integer> used = new HashSet<>();
        List<JsonNode[]> pairs = new ArrayList<>();
        Set<JsonNode> matchedGold = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (JsonNode g : gms) {
            String gt = normTitle(text(g.get("title")));
            for (int i = 0; i < pms.size(); i++) {
                if (!used.contains(i) && sameTitle(gt, normTitle(text(pms.get(i).get("title"))))) {
                    used.add(i);
                    pairs.add(new JsonNode[] {g, pms.get(i)});
                    matchedGold.add(g);
                    break;
                }
            }
        }
        double mp = pms.isEmpty() ? 0.0 : (double) pairs.size() / pms.size();
        double mr = gms.isEmpty() ? 1.0 : (double) pairs.size() / gms.size();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode[] pair : pairs) {
            List<Set<String>> g = units(pair[0], true);
            if (g.get(0).isEmpty() && g.get(1).isEmpty()) {
                continue;
            }
            List<Set<String>> p = units(pair[1], false);
            for (int k = 0; k < 2; k++) {
                Set<String> gs = g.get(k);
                Set<String> ps = p.get(k);
                for (String x : ps) {
                    if (gs.contains(x)) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
                for (String x : gs) {
                    if (!ps.contains(x)) {
                        fn++;
                    }
                }
            }
            if (!g.equals(p)) {
                misses.add(text(pair[0].get("title")) + ": gold " + g + " predicted " + p);
            }
        }
        double up = tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        double ur = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
        List<String> unmatchedGold = new ArrayList<>();
        for (JsonNode g : gms) {
            if (!matchedGold.contains(g)) {
                unmatchedGold.add(text(g.get("title")));
            }
        }
        List<String> unmatchedPred = new ArrayList<>();
        for (int i = 0; i < pms.size(); i++) {
            if (!used.contains(i)) {
                unmatchedPred.add(text(pms.get(i).get("title")));
            }
        }
        return new Score(gms.size(), pms.size(), pairs.size(), round(mp), round(mr), round(f1(mp, mr)), tp, fp, fn,
                round(up), round(ur), round(f1(up, ur)), unmatchedGold, unmatchedPred, misses);
    }

    private static double f1(double p, double r) {
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    /** Python's round(x, 4): the exact binary value rounded half-even. */
    static double round(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String r(double x) {
        String s = BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
