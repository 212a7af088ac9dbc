package org.supervision.plan.imports;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a plan covers when it covers more than one: {@code 三年行动方案（2023—2025年）},
 * {@code 2023-2025年}, {@code 2024至2026年}, a five-year plan {@code “十四五”}. A multi-year plan's
 * measures that set no date ({@code 长期坚持}, {@code 持续推进}, nothing) run to the end of the period,
 * not to the end of its first year.
 * <p>
 * The title decides: a title naming one year ({@code 2024年工作要点}) is a one-year plan even when its
 * body mentions the 十四五. Only a title naming no year lets the head of the body speak, and there only
 * a year range or a 十四五 period counts, because a 到2025年 target inside a one-year plan sets no period.
 */
public record PlanPeriod(int firstYear, int lastYear, String text, String source) {

    /** How far into the body a period may stand (the notice, the title lines, the first paragraph). */
    static final int BODY_HEAD = 1500;

    private static final Pattern RANGE = Pattern.compile(
            "(20\\d{2})\\s*年?\\s*(?:-|—|–|－|~|～|至|到)+\\s*(20\\d{2})\\s*年");
    private static final Pattern FIVE_YEAR = Pattern.compile("[\"“”]?(十[一二三四五六七八九]五)[\"“”]?\\s*(时期|期间|规划|计划|方案|行动|实施|以来)");
    private static final Pattern FIVE_YEAR_TITLE = Pattern.compile("[\"“”]?(十[一二三四五六七八九]五)[\"“”]?");
    private static final Pattern ANY_YEAR = Pattern.compile("20\\d{2}\\s*年");

    /** The period of the plan titled {@code title} with the text {@code text}; empty for a one-year plan. */
    public static Optional<PlanPeriod> find(String title, String text) {
        String t = title == null ? "" : TextNormaliser.parseForm(title);
        Optional<PlanPeriod> fromTitle = in(t, FIVE_YEAR_TITLE, "title");
        if (fromTitle.isPresent() || ANY_YEAR.matcher(t).find()) {
            return fromTitle;
        }
        String head = text == null ? "" : TextNormaliser.parseForm(text.substring(0, Math.min(text.length(), BODY_HEAD)));
        return in(head, FIVE_YEAR, "text");
    }

    private static Optional<PlanPeriod> in(String s, Pattern fiveYear, String source) {
        Matcher r = RANGE.matcher(s);
        while (r.find()) {
            int first = Integer.parseInt(r.group(1));
            int last = Integer.parseInt(r.group(2));
            // a plan runs for a few years; 2021-2035 is a vision, 2025-2023 a typo
            if (last > first && last - first <= 5) {
                return Optional.of(new PlanPeriod(first, last, r.group().strip(), source));
            }
        }
        Matcher f = fiveYear.matcher(s);
        if (f.find()) {
            // 十一五 is 2006-2010, and every five years on: 十四五 2021-2025, 十五五 2026-2030
            int ordinal = ChineseNumerals.toInt(f.group(1).substring(0, 2));
            int first = 2006 + (ordinal - 11) * 5;
            return Optional.of(new PlanPeriod(first, first + 4, "“" + f.group(1) + "”", source));
        }
        return Optional.empty();
    }
}
