package org.supervision.plan.imports;

import java.util.Locale;

/**
 * A list number as Word shows it for a numbering format ({@code w:numFmt}): 一 (chineseCounting),
 * 甲 (ideographTraditional), ① (decimalEnclosedCircle), iv (lowerRoman) and the rest a plan uses.
 */
final class ListLabels {

    private static final String DIGITS = "〇一二三四五六七八九";
    /** Counting writes a zero inside a number as 零 (一百零五); digit by digit it is 〇 (二〇二四). */
    private static final String COUNTING = "零一二三四五六七八九";
    private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private ListLabels() {
    }

    /** {@code n} in format {@code numFmt}; an unknown format counts in decimal, as Word falls back. */
    static String format(int n, String numFmt) {
        String f = numFmt == null ? "decimal" : numFmt;
        return switch (f) {
            case "none", "bullet" -> "";
            case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : String.valueOf(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "koreanCounting" -> counting(n, COUNTING, "十", "百", "千");
            case "chineseLegalSimplified", "japaneseLegal", "taiwaneseCountingThousand" -> counting(n, LEGAL, "拾", "佰", "仟");
            case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital" -> digitByDigit(n);
            case "ideographTraditional" -> cyclic(n, STEMS);
            case "ideographZodiac" -> cyclic(n, BRANCHES);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : n + ".";
            case "lowerLetter" -> letters(n);
            case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            default -> String.valueOf(n);
        };
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五: how Word counts in Chinese. */
    private static String counting(int n, String digits, String ten, String hundred, String thousand) {
        if (n <= 0 || n >= 10_000) {
            return n == 0 ? String.valueOf(digits.charAt(0)) : String.valueOf(n);
        }
        int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        String[] units = {thousand, hundred, ten, ""};
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            if (parts[i] == 0) {
                zero = !out.isEmpty();
                continue;
            }
            if (zero) {
                out.append(digits.charAt(0));
                zero = false;
            }
            // 十一, not 一十一, when the tens lead (Word writes 一百一十 further up)
            if (!(i == 2 && parts[i] == 1 && out.isEmpty())) {
                out.append(digits.charAt(parts[i]));
            }
            out.append(units[i]);
        }
        return out.toString();
    }

    private static String digitByDigit(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            out.append(Character.isDigit(c) ? DIGITS.charAt(c - '0') : c);
        }
        return out.toString();
    }

    private static String cyclic(int n, String symbols) {
        return n <= 0 ? String.valueOf(n) : String.valueOf(symbols.charAt((n - 1) % symbols.length()));
    }

    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('０' + c - '0') : c);
        }
        return out.toString();
    }

    /** a … z, then aa, bb (Word repeats the letter). */
    private static String letters(int n) {
        if (n <= 0) {
            return String.valueOf(n);
        }
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return String.valueOf(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
