package org.supervision.plan.imports;

/**
 * A piece of text as written ({@code orig}) with its parse form ({@code norm}), index for
 * index: the parser decides on {@code norm} and reports {@code orig}.
 */
record Span(String orig, String norm) {

    static final String SPACE = " \t\r\n\u3000\u00A0";
    static final String SEPARATORS = SPACE + ",;:、。.";

    static Span of(String orig) {
        String o = orig == null ? "" : orig;
        return new Span(o, TextNormaliser.parseForm(o));
    }

    Span sub(int from, int to) {
        return new Span(orig.substring(from, to), norm.substring(from, to));
    }

    Span sub(int from) {
        return sub(from, orig.length());
    }

    int length() {
        return orig.length();
    }

    boolean isBlank() {
        return norm.isBlank();
    }

    Span strip() {
        return trim(SPACE);
    }

    /** Trims characters whose parse form is in {@code chars}, at both ends. */
    Span trim(String chars) {
        int a = 0;
        int b = norm.length();
        while (a < b && (chars.indexOf(norm.charAt(a)) >= 0 || Character.isWhitespace(norm.charAt(a)))) {
            a++;
        }
        while (b > a && (chars.indexOf(norm.charAt(b - 1)) >= 0 || Character.isWhitespace(norm.charAt(b - 1)))) {
            b--;
        }
        return a == 0 && b == norm.length() ? this : sub(a, b);
    }

    /**
     * Trims {@code chars} and brackets left over from an enclosing block, but keeps a bracket
     * that belongs to the text ({@code 市发展改革委（市大数据发展局）} stays whole).
     */
    Span trimUnbalanced(String chars) {
        Span s = trim(chars);
        while (!s.norm.isEmpty()) {
            String n = s.norm;
            int opens = 0;
            int closes = 0;
            for (int i = 0; i < n.length(); i++) {
                if (n.charAt(i) == '(') {
                    opens++;
                } else if (n.charAt(i) == ')') {
                    closes++;
                }
            }
            if (n.charAt(n.length() - 1) == ')' && closes > opens) {
                s = s.sub(0, n.length() - 1).trim(chars);
            } else if (n.charAt(0) == '(' && opens > closes) {
                s = s.sub(1).trim(chars);
            } else {
                return s;
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return orig;
    }
}
