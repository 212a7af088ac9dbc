package org.supervision.plan.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantified targets in a measure's text: a number with a unit, introduced by a verb
 * that sets a level ({@code 降至}, {@code 达到}, {@code 培训}) or closed by a bound
 * ({@code 以上}, {@code 以内}). Bare numbers (years, hotline numbers, "5G") are not targets.
 */
public final class TargetParser {

    private static final String CUE = "降至|降低至|降低到|降到|下降到|压缩至|压缩到|压减至|压减到|压降至|缩短至|缩短到|减少至|控制在|稳定在|保持在"
            + "|提升至|提升到|提高至|提高到|增长至|增加至|增至|达到|达|超过|超|不低于|不少于|不高于|不超过|低于|高于|突破|大于|小于"
            + "|增长|增加|提升|提高|新增|新建|建成|培育|培训|开展|完成|举办|引进|认定|投放|实现|累计|至少|约";
    private static final String UNIT = "%|‰|个百分点|个工作日|工作日|个自然日|个月|小时|分钟|天|日|年"
            + "|万人次|人次|万人|名|人|场次|场|亿元|万元|千元|元|件|项|户|次|倍|家|所|座|条|公里|千米|米|平方米|万亩|亩|万吨|吨"
            + "|千瓦时|千瓦|兆瓦|万标箱|标箱|辆|个|张|台|套|批|类|宗|单|笔|份|万户|万个|万|亿";
    /** A number with its unit and bound; the cue before it is looked up separately (see parse). */
    private static final Pattern QUANTITY = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)(" + UNIT + ")?(/[\\u4e00-\\u9fa5])?(以上|以内|以下|左右|之内|内)?");
    private static final Pattern CUE_BEFORE = Pattern.compile("(" + CUE + ")$");
    private static final int LONGEST_CUE = 3;
    private static final String CLAUSE_BREAKS = ",;:。!?、\n";
    private static final Pattern METRIC_LEAD = Pattern.compile(
            "^(力争|确保|推动|实现|全年|年内|每年|开展|组织|到\\d{4}年底?|\\d{4}年|其中)+");
    private static final Pattern LEVEL_CUE = Pattern.compile(
            "降至|降低至|降低到|降到|下降到|压缩至|压缩到|压减至|压减到|压降至|缩短至|缩短到|减少至|控制在|稳定在|保持在"
            + "|提升至|提升到|提高至|提高到|增长至|增加至|增至|达到|达|超过|超|不低于|不少于|不高于|不超过|低于|高于|突破|大于|小于"
            + "|实现|累计|至少|约");
    private static final Pattern TIME_UNIT = Pattern.compile("个工作日|工作日|个自然日|个月|小时|分钟|天|日");

    private TargetParser() {
    }

    public static List<Target> parse(String text) {
        List<Target> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String n = TextNormaliser.parseForm(text);
        // numbers first, then the cue just before each: trying every cue at every character
        // of a long measure would cost more than the rest of the parse together
        Matcher m = QUANTITY.matcher(n);
        Matcher c = CUE_BEFORE.matcher(n);
        while (m.find()) {
            int numStart = m.start(1);
            int numEnd = m.end(1);
            if (numStart > 0 && Character.isDigit(n.charAt(numStart - 1))) {
                continue;
            }
            c.region(Math.max(0, numStart - LONGEST_CUE), numStart);
            String cue = c.find() ? c.group(1) : null;
            int cueStart = cue == null ? numStart : c.start(1);
            String unit = m.group(2);
            String bound = m.group(4);
            if (unit == null && !"%".equals(unit) && bound == null) {
                continue;
            }
            if (cue == null && bound == null) {
                continue;
            }
            if (unit == null && cue == null) {
                continue;
            }
            char next = m.end() < n.length() ? n.charAt(m.end()) : ' ';
            if (cue == null && isCjk(next) && "并且和及".indexOf(next) < 0) {
                // "1000万元以下担保贷款": a bound qualifying a noun, not a target
                continue;
            }
            char before = numStart > 0 ? n.charAt(numStart - 1) : ' ';
            char after = numEnd < n.length() ? n.charAt(numEnd) : ' ';
            if (before == '第' || before == '.' || Character.isLetter(before) && before < 0x80) {
                continue;
            }
            if ("年".equals(unit) && m.group(1).length() == 4) {
                continue;
            }
            if (unit == null && (after == '年' || after == '月' || after == '日' || after == '号' || after == '届')) {
                continue;
            }
            if (("年".equals(unit) || "日".equals(unit)) && numEnd < n.length() - 1
                    && (n.charAt(numEnd + 1) == '月' || n.charAt(numEnd + 1) == '日')) {
                continue;
            }
            int clauseStart = numStart;
            while (clauseStart > 0 && !clauseBreak(n, clauseStart - 1)) {
                clauseStart--;
            }
            // 降至/达到 set the level and are no part of what is measured; 培训/新增 name it
            int metricEnd = cue != null && LEVEL_CUE.matcher(cue).matches() ? cueStart : numStart;
            String metric = metricOf(text, n, clauseStart, metricEnd);
            if (metric.isEmpty()) {
                // 实现13个重点事项高效办理: what is counted follows the number
                int end = m.end();
                while (end < n.length() && end - m.end() < 16 && !clauseBreak(n, end)) {
                    end++;
                }
                metric = text.substring(m.end(), end).strip();
            }
            String fullUnit = unit == null ? null : unit + (m.group(3) == null ? "" : text.substring(m.start(3), m.end(3)));
            out.add(new Target(text.substring(clauseStart, m.end()).strip(), metric.isEmpty() ? null : metric,
                    comparator(cue, bound, unit), new BigDecimal(m.group(1)), fullUnit));
        }
        return out;
    }

    /** The clause before the number, less framing words (力争, 全年, 开展), cut from the text as written. */
    private static String metricOf(String text, String n, int from, int to) {
        Matcher lead = METRIC_LEAD.matcher(n.substring(from, to));
        int start = from + (lead.lookingAt() ? lead.end() : 0);
        return text.substring(Math.min(start, to), to).strip();
    }

    /** Where a clause ends; a half-width full stop counts, a decimal point does not. */
    private static boolean clauseBreak(String n, int i) {
        char c = n.charAt(i);
        if (c == '.') {
            return i + 1 >= n.length() || !Character.isLetterOrDigit(n.charAt(i + 1)) || n.charAt(i + 1) > 0x7F;
        }
        return CLAUSE_BREAKS.indexOf(c) >= 0;
    }

    private static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static String comparator(String cue, String bound, String unit) {
        if (bound == null && "实现".equals(cue) && unit != null && TIME_UNIT.matcher(unit).matches()) {
            // 实现1个工作日办结: a time to get something done is a ceiling
            return "<=";
        }
        if (bound != null) {
            return switch (bound) {
                case "以上" -> ">=";
                case "左右" -> "~";
                default -> "<=";
            };
        }
        if (cue == null) {
            return "=";
        }
        return switch (cue) {
            case "降至", "降低至", "降低到", "降到", "下降到", "压缩至", "压缩到", "压减至", "压减到", "压降至", "缩短至", "缩短到",
                    "减少至", "控制在", "不高于", "不超过", "低于", "小于" -> "<=";
            case "稳定在", "保持在" -> "=";
            case "约" -> "~";
            default -> ">=";
        };
    }
}
