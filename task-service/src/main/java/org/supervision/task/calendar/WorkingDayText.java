package org.supervision.task.calendar;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day counts of Chinese official documents: "5个工作日", "五个工作日", "3个工作日内",
 * "10个自然日", "十五日历日以内". Digits may be ASCII or full-width; Chinese numerals go up to 999
 * (一百二十, 两, 零). Anything else is empty: a guess would become somebody's deadline.
 */
public final class WorkingDayText {

    private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百";
    private static final Pattern DAY_COUNT = Pattern.compile(
            // a count never starts inside a longer number: "12个工作日" is 12, never 2
            "(?:(?<![0-9０-９])(?<digits>[0-9０-９]{1,4})|(?<![" + CHINESE_NUMERALS + "])(?<chinese>[" + CHINESE_NUMERALS + "]{1,6}))"
                    + "[\\s\\u3000]*个?[\\s\\u3000]*"
                    + "(?<unit>工作日|自然日|日历日)(?<within>以内|内)?");

    private WorkingDayText() {
    }

    /** The whole text (trimmed) as a day count, e.g. a form field; empty if it is anything more or less. */
    public static Optional<DayCount> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = DAY_COUNT.matcher(text.strip());
        return matcher.matches() ? dayCount(matcher) : Optional.empty();
    }

    /** The first day count inside a sentence, e.g. "收到通知后5个工作日内报送". */
    public static Optional<DayCount> find(String sentence) {
        if (sentence == null) {
            return Optional.empty();
        }
        Matcher matcher = DAY_COUNT.matcher(sentence);
        while (matcher.find()) {
            Optional<DayCount> found = dayCount(matcher);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<DayCount> dayCount(Matcher matcher) {
        String digits = matcher.group("digits");
        OptionalInt count = digits != null ? OptionalInt.of(decimal(digits)) : chineseNumber(matcher.group("chinese"));
        if (count.isEmpty()) {
            return Optional.empty();
        }
        DayCount.Kind kind = matcher.group("unit").equals("工作日") ? DayCount.Kind.WORKING : DayCount.Kind.NATURAL;
        return Optional.of(new DayCount(count.getAsInt(), kind, matcher.group("within") != null));
    }

    private static int decimal(String digits) {
        int value = 0;
        for (char c : digits.toCharArray()) {
            value = value * 10 + Character.digit(c, 10); // full-width digits are digits to Character too
        }
        return value;
    }

    /**
     * 五 → 5, 十五 → 15, 二十 → 20, 一百零五 → 105, 两百 → 200. Refuses what no one writes (五五, 十十,
     * 百十百) instead of reading something out of it.
     */
    static OptionalInt chineseNumber(String text) {
        int total = 0;
        int pending = -1;
        int smallestUnit = Integer.MAX_VALUE;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                if (unit >= smallestUnit) {
                    return OptionalInt.empty();
                }
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
                smallestUnit = unit;
            } else if ((c == '零' || c == '〇') && total > 0 && pending < 0) {
                continue; // the placeholder of 一百零五
            } else {
                if (pending >= 0) {
                    return OptionalInt.empty();
                }
                pending = digit(c);
            }
        }
        return OptionalInt.of(total + Math.max(pending, 0));
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> throw new IllegalArgumentException("not a Chinese digit: " + c);
        };
    }
}
