package org.supervision.plan.unit;

/**
 * The one form in which unit names are compared. Plans mix full-width and half-width brackets and
 * spaces; stored names keep what was written, keys drop the difference.
 */
public final class UnitNames {

    private UnitNames() {
    }

    /** Full-width ASCII to half-width, then both bracket kinds to （）; whitespace removed. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.strip().toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            switch (c) {
                case '(', '〔', '[', '【' -> out.append('（');
                case ')', '〕', ']', '】' -> out.append('）');
                default -> out.append(c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF08' && c != '\uFF09'
                        ? (char) (c - 0xFEE0) : c);
            }
        }
        return out.toString();
    }

    /** Names that stand for several units; the import's parser and publishing share this one rule. */
    public static final java.util.regex.Pattern GROUP = java.util.regex.Pattern.compile(
            "^(各|全市|全省|全区|全县|市直|省直|区直|县直|其他|其余|所有|有关|相关)|成员单位|有关部门|有关单位|相关部门|相关单位"
            + "|职能部门|主管部门|各级|(政务)?服务单位$|牵头单位$|责任单位$");

    /** Whether a name stands for several units (各县区人民政府, 领导小组成员单位, 市直各相关部门). */
    public static boolean looksLikeGroup(String name) {
        return name != null && GROUP.matcher(name).find();
    }
}
