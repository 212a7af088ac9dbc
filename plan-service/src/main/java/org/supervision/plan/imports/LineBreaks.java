package org.supervision.plan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the paragraph breaks a plan lost when it was copied out of a PDF or a web page as
 * one run of text. The parser reads structure line by line, so without this a whole plan would
 * be one paragraph. Breaks go before numbering that continues the sequence seen so far
 * ({@code 一、} … {@code 二、}, {@code （一）}, {@code 1.}), before labelled fields
 * ({@code 责任单位：}, {@code 完成时限：}), around the document number and the date of issue, and
 * at paragraph indents. Only lines far longer than any paragraph are touched.
 */
final class LineBreaks {

    /** A line this long in a document of very few lines has lost its breaks. */
    static final int RUN_ON = 100;
    /** Longer than any real paragraph: split whatever the rest of the document looks like. */
    static final int VERY_LONG = 3000;

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern MARKER = Pattern.compile(
            "(" + CN + ")、(?!\\d)|\\((" + CN + ")\\)|(?<![\\d.第])(\\d{1,2})[.、](?![\\d.%])|\\((\\d{1,2})\\)"
            + "|第(" + CN + ")部分");
    private static final Pattern LABEL = Pattern.compile(
            "(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|完成时限|时限要求|完成时间|时间要求|责任领导)\\s*:");
    private static final Pattern DOC_NUMBER = Pattern.compile("[\\u4e00-\\u9fa5]{1,10}\\(\\d{4}\\)\\d{1,4}号");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}|[二〇○零][〇○零一二三四五六七八九]{3})年(\\d{1,2}|[一二三四五六七八九十]{1,2})月"
            + "(\\d{1,2}|[一二三四五六七八九十]{1,3})日");
    private static final Pattern ISSUER_END = Pattern.compile("(办公室|办公厅|人民政府|委员会|领导小组|指挥部)$");
    private static final Pattern TITLE_END = Pattern.compile("方案|要点|清单|计划|措施|意见|细则|安排|分工|规划|纲要|举措");
    private static final Pattern TITLE_END_WORD = Pattern.compile(
            "(方案|要点|清单|计划|措施|意见|细则|安排|分工|规划|纲要|举措|通知)(?=[\\u4e00-\\u9fa5]{2,}\\()");
    private static final Pattern INDENT = Pattern.compile("[ \\u3000]{2,}");
    private static final String BOUNDARY = "。;!?:)";
    private static final String NOT_AFTER_DATE = "前起以至到止内后,;、。)";

    private LineBreaks() {
    }

    /**
     * For each line, the lines it really holds: itself, or the pieces of a run-on line. A line
     * is run-on when it is longer than any paragraph, or long in a document of one to three lines.
     */
    static List<List<String>> restore(List<String> lines) {
        int nonEmpty = 0;
        for (String l : lines) {
            if (!l.isBlank()) {
                nonEmpty++;
            }
        }
        boolean fewLines = nonEmpty <= 3;
        List<List<String>> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            if (l.length() >= VERY_LONG || fewLines && l.length() >= RUN_ON) {
                out.add(split(l, !fewLines));
            } else {
                out.add(List.of(l));
            }
        }
        return out;
    }

    /**
     * Splits one run-on line. {@code headingsOnly}: in a document that otherwise has its breaks,
     * only split where section and measure numbering continues, never at every indent.
     */
    static List<String> split(String line, boolean headingsOnly) {
        String n = TextNormaliser.parseForm(line);
        int[] depth = bracketDepths(n);
        TreeSet<Integer> cuts = new TreeSet<>();
        if (!headingsOnly) {
            header(n, cuts);
            labels(n, depth, cuts);
        }
        int before = cuts.size();
        markers(n, depth, cuts);
        if (headingsOnly && cuts.size() - before < 3) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            if (cut > from && cut < line.length()) {
                add(out, line.substring(from, cut));
                from = cut;
            }
        }
        add(out, line.substring(from));
        return out;
    }

    private static void add(List<String> out, String piece) {
        if (!piece.isBlank()) {
            out.add(piece.strip());
        }
    }

    /** Numbering that continues what came before: 一、 then 二、, (一) then (二), 1. then 2. */
    private static void markers(String n, int[] depth, TreeSet<Integer> cuts) {
        int[] last = new int[6];
        boolean[] newParent = new boolean[6];
        Matcher m = MARKER.matcher(n);
        while (m.find()) {
            int level;
            int value;
            if (m.group(1) != null) {
                level = 1;
                value = ChineseNumerals.toInt(m.group(1));
            } else if (m.group(2) != null) {
                level = 2;
                value = ChineseNumerals.toInt(m.group(2));
            } else if (m.group(3) != null) {
                level = 3;
                value = Integer.parseInt(m.group(3));
            } else if (m.group(4) != null) {
                level = 4;
                value = Integer.parseInt(m.group(4));
            } else {
                level = 0;
                value = ChineseNumerals.toInt(m.group(5));
            }
            int at = m.start();
            if (level != 2 && level != 4 && depth[at] > 0) {
                // 1. inside a bracket is an aside; (一) can only be told by its count
                continue;
            }
            boolean next = value == last[level] + 1;
            // 1. starts again only under a new heading above it; numbering may also run on
            boolean restart = value == 1 && (last[level] == 0 || newParent[level]);
            boolean boundary = boundaryBefore(n, at, cuts);
            boolean text = followedByText(n, m.end());
            // a plan's own numbering slips (2. then 4., 4. twice): near the count after a full
            // stop, and before text, it is still a heading
            boolean slip = last[level] >= 1 && value >= last[level] && value <= last[level] + 3 && boundary && text;
            if (!(next || restart || slip)) {
                continue;
            }
            // 统一、规范 is no heading: 一、 glued to what precedes it must continue a count or
            // open a new part; arabic numbers glued to text must be followed by text
            if (!boundary && (level == 1 ? !(text && (next && last[1] >= 1 || newParent[1])) : level >= 3 && !text)) {
                continue;
            }
            cuts.add(at);
            last[level] = value;
            newParent[level] = false;
            for (int k = level + 1; k < last.length; k++) {
                newParent[k] = true;
            }
        }
    }

    /** Start, punctuation, space, a break already found, or the end of a title (…方案一、). */
    private static boolean boundaryBefore(String n, int at, TreeSet<Integer> cuts) {
        if (at == 0 || cuts.contains(at)) {
            return true;
        }
        char before = n.charAt(at - 1);
        return BOUNDARY.indexOf(before) >= 0 || Character.isWhitespace(before)
                || TITLE_END.matcher(n.substring(Math.max(0, at - 2), at)).matches();
    }

    /**
     * Bracket depth before each position. A bracket left open (or closed only far away) is a
     * typo, not an aside spanning the rest of the plan, so it does not count.
     */
    private static int[] bracketDepths(String n) {
        int[] delta = new int[n.length() + 1];
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '(') {
                open.push(i);
            } else if (c == ')' && !open.isEmpty()) {
                int from = open.pop();
                if (i - from <= 600) {
                    delta[from + 1]++;
                    delta[i]--;
                }
            }
        }
        int[] depth = new int[n.length() + 1];
        int d = 0;
        for (int i = 0; i <= n.length(); i++) {
            d += delta[i];
            depth[i] = d;
        }
        return depth;
    }

    private static boolean followedByText(String n, int at) {
        return at < n.length() && isCjk(n.charAt(at));
    }

    private static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    /** 责任单位：… 完成时限：… written as fields after the measure. */
    private static void labels(String n, int[] depth, TreeSet<Integer> cuts) {
        Matcher m = LABEL.matcher(n);
        while (m.find()) {
            int at = m.start();
            if (depth[at] > 0) {
                continue;
            }
            cuts.add(at);
        }
    }

    /** The notice's parts: document number, issuer and date, and paragraph indents. */
    private static void header(String n, TreeSet<Integer> cuts) {
        Matcher doc = DOC_NUMBER.matcher(n);
        if (doc.find()) {
            // 关于印发…的通知南府办发〔2024〕5号各县…: the number's own prefix is short
            // …行动方案防政办发〔2024〕4号: the number's own prefix starts after the title's last word
            int start = doc.start();
            Matcher end = TITLE_END_WORD.matcher(n);
            end.region(doc.start(), doc.end());
            while (end.find()) {
                start = end.end();
            }
            cuts.add(start);
            cuts.add(doc.end());
        }
        Matcher d = DATE.matcher(n);
        while (d.find()) {
            boolean atEnd = d.end() >= n.length();
            if (!atEnd && NOT_AFTER_DATE.indexOf(n.charAt(d.end())) >= 0
                    || d.start() > 0 && n.charAt(d.start() - 1) == '(') {
                continue;
            }
            // the issuer signing just before the date: the run of characters up to it
            int run = d.start();
            Integer cut = cuts.lower(d.start());
            int floor = Math.max(cut == null ? 0 : cut, d.start() - 25);
            while (run > floor && isCjk(n.charAt(run - 1))) {
                run--;
            }
            if (ISSUER_END.matcher(n.substring(run, d.start())).find()) {
                cuts.add(run);
            }
            cuts.add(d.start());
            cuts.add(d.end());
        }
        Matcher indent = INDENT.matcher(n);
        while (indent.find()) {
            cuts.add(indent.end());
        }
    }
}
