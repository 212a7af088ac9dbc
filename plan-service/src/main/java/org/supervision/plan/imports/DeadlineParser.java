package org.supervision.plan.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the ways plans state a deadline into a date: {@code 2024年12月底前} → 2024-12-31,
 * {@code 到2024年底} → 2024-12-31, {@code 6月底前} → June 30 of the plan's year. Open-ended
 * wording ({@code 持续推进}, {@code 长期坚持}) keeps its text and has no date.
 */
public final class DeadlineParser {

    /** A deadline as the plan words it; {@code date} null when the wording sets none. */
    public record Deadline(LocalDate date, String text) {
    }

    private static final String MONTH = "(\\d{1,2}|十[一二]?|[一二三四五六七八九])";
    // the lookahead only skips characters no deadline can start with, which is most of them:
    // without it every alternative is tried at every character of a long measure
    static final Pattern DATE = Pattern.compile(
            "(?=[到于在截至0-9二〇十一三四五六七八九第上下年底末内])(到|于|在|截至|截止|至)?(?:(\\d{4}|二[〇○零0][一二三四五六七八九〇○零0]{2})年)?"
            + "(?:" + MONTH + "月份?(?:(\\d{1,2})日|(底|末|中旬|上旬|下旬))?"
            + "|第?([一二三四1-4])季度(?:末|底)?"
            + "|(上半年|下半年|年中|年底|年末|底|末|内))"
            + "(前|以前|之前|完成|办结|启动)?");
    private static final Pattern OPEN_ENDED = Pattern.compile(
            "持续|长期|常态|经常性|每年|每季度|每月|定期|按年度|逐年|按时序|适时|根据.*需要");
    private static final Pattern FIELD_HINT = Pattern.compile(
            "^(\\d{4}年)?" + MONTH + "?月?.*(底|末|前|完成|旬|季度|半年|年内)|持续|长期|常态|年底|年内|年末");

    private static final Pattern OPEN_ENDED_ITEM = Pattern.compile(
            "持续推进|长期坚持|持续开展|长期推进|常态化推进|持续实施|长期|持续|常态化开展|常态化|按时序推进|逐年推进");

    private DeadlineParser() {
    }

    /** Whether a unit-list item is really a deadline ({@code …;责任单位:X,6月底完成}). */
    public static boolean looksLikeDeadline(String text) {
        String n = TextNormaliser.parseForm(text).strip();
        if (n.isEmpty() || n.length() > 24) {
            return false;
        }
        if (OPEN_ENDED_ITEM.matcher(n).matches()) {
            return true;
        }
        Matcher m = DATE.matcher(n);
        return m.find() && valid(m) && m.start() <= 2 && FIELD_HINT.matcher(n).find();
    }

    /**
     * A whole deadline field ({@code 完成时限：2024年12月底前}, a table cell). The latest date
     * it names wins, because a field like {@code 2024年6月底前启动，12月底前完成} ends there.
     */
    public static Optional<Deadline> parseField(String field, Integer planYear) {
        if (field == null || field.isBlank()) {
            return Optional.empty();
        }
        String text = field.strip();
        String n = TextNormaliser.parseForm(text);
        Matcher m = DATE.matcher(n);
        LocalDate latest = null;
        Integer year = planYear;
        while (m.find()) {
            if (!valid(m)) {
                continue;
            }
            if (m.group(2) != null) {
                year = parseYear(m.group(2));
            }
            LocalDate d = toDate(m, year);
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        if (latest == null && OPEN_ENDED.matcher(n).find()) {
            return Optional.of(new Deadline(null, text));
        }
        return Optional.of(new Deadline(latest, text));
    }

    /**
     * A deadline inside a measure's running text. Only wording that reads as a deadline counts
     * ({@code …前}, {@code 到…}, {@code 2024年底}, or a date opening the measure); a date that
     * merely appears ({@code 2024年开展…}) does not. The latest such deadline wins.
     */
    public static Optional<Deadline> findInText(String text, Integer planYear) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String n = TextNormaliser.parseForm(text);
        Matcher m = DATE.matcher(n);
        LocalDate best = null;
        String bestText = null;
        while (m.find()) {
            if (!valid(m)) {
                continue;
            }
            boolean atStart = m.start() == 0 || n.substring(0, m.start()).isBlank();
            String tail = m.group(7);
            boolean before = m.group(8) != null && !"启动".equals(m.group(8));
            boolean lead = m.group(1) != null && !"至".equals(m.group(1));
            boolean yearEnd = m.group(2) != null && tail != null && !"内".equals(tail);
            if ("至".equals(m.group(1)) && !before) {
                // "政策执行至2024年底" is a period, not a deadline
                continue;
            }
            if (!(atStart || before || lead || yearEnd)) {
                continue;
            }
            if (m.group(2) == null && m.group(3) == null && m.group(6) == null
                    && !(tail != null && tail.length() > 1)) {
                continue;
            }
            Integer year = m.group(2) != null ? parseYear(m.group(2)) : planYear;
            LocalDate d = toDate(m, year);
            if (d == null) {
                continue;
            }
            if (atStart) {
                return Optional.of(new Deadline(d, text.substring(m.start(), m.end()).strip()));
            }
            if (best == null || d.isAfter(best)) {
                best = d;
                bestText = text.substring(m.start(), m.end()).strip();
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Deadline(best, bestText));
    }

    private static boolean valid(Matcher m) {
        String tail = m.group(7);
        if (tail != null && (tail.equals("底") || tail.equals("末") || tail.equals("内")) && m.group(2) == null) {
            return false;
        }
        return m.end() > m.start() + (m.group(1) == null ? 0 : m.group(1).length());
    }

    private static LocalDate toDate(Matcher m, Integer year) {
        if (year == null) {
            return null;
        }
        try {
            if (m.group(3) != null) {
                int month = parseSmall(m.group(3));
                if (month < 1 || month > 12) {
                    return null;
                }
                if (m.group(4) != null) {
                    return LocalDate.of(year, month, Integer.parseInt(m.group(4)));
                }
                YearMonth ym = YearMonth.of(year, month);
                String part = m.group(5);
                if ("上旬".equals(part)) {
                    return ym.atDay(10);
                }
                if ("中旬".equals(part)) {
                    return ym.atDay(20);
                }
                return ym.atEndOfMonth();
            }
            if (m.group(6) != null) {
                int q = parseSmall(m.group(6));
                return YearMonth.of(year, q * 3).atEndOfMonth();
            }
            String tail = m.group(7);
            if ("上半年".equals(tail) || "年中".equals(tail)) {
                return LocalDate.of(year, 6, 30);
            }
            return LocalDate.of(year, 12, 31);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static int parseSmall(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        return ChineseNumerals.toInt(s);
    }

    static Integer parseYear(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        StringBuilder digits = new StringBuilder();
        for (char c : s.toCharArray()) {
            digits.append(switch (c) {
                case '〇', '○', '零', '0' -> '0';
                default -> (char) ('0' + ChineseNumerals.toInt(String.valueOf(c)));
            });
        }
        return Integer.parseInt(digits.toString());
    }
}
