package org.supervision.plan.imports;

/** Chinese numerals as used in plan numbering: 一 … 九十九 (一百 and up are rare enough to ignore). */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of {@code 十一}, {@code 二十三}, {@code 两}; -1 when it is not a numeral. */
    static int toInt(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        String t = s.replace('两', '二').replace('〇', '零').replace('○', '零');
        int ten = t.indexOf('十');
        if (ten < 0) {
            if (t.length() == 1) {
                return DIGITS.indexOf(t.charAt(0));
            }
            int v = 0;
            for (char c : t.toCharArray()) {
                int d = DIGITS.indexOf(c);
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(t.charAt(ten - 1));
        int ones = ten == t.length() - 1 ? 0 : DIGITS.indexOf(t.charAt(ten + 1));
        if (tens < 0 || ones < 0 || ten > 1 || t.length() - ten > 2) {
            return -1;
        }
        return tens * 10 + ones;
    }
}
