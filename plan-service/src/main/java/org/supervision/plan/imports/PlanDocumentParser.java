package org.supervision.plan.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the plain text of a government action plan into its header, numbered measures (with
 * units, deadline and targets) and warnings about whatever looked wrong. It never throws on bad
 * input: an empty, binary or unstructured document gives an empty plan with warnings.
 *
 * <p>Plans number their parts {@code 一、} / {@code （一）} / {@code 1.} / {@code （1）}. Which level
 * holds the measures differs from plan to plan, so it is decided per document: the level whose
 * items carry unit blocks, else the deepest level that is used; levels above it are sections,
 * levels below it sub-items.
 */
public final class PlanDocumentParser {

    static final int MAX_CHARS = 2_000_000;
    /** Level of a line that was a heading before a wrong encoding garbled its number. */
    static final int GARBLED_SECTION = -1;

    private static final Pattern L1 = Pattern.compile(
            "^(?:([一二三四五六七八九十百〇零两]{1,3})\\s*[、.,](?!\\d)|第([一二三四五六七八九十]{1,3})(?:部分|章|篇)\\s*)");
    private static final Pattern L2 = Pattern.compile("^\\(\\s*([一二三四五六七八九十百〇零]{1,3})\\s*\\)");
    /** Up to six digits: a plan may count past 999 (see {@link #continuesNumbering}). */
    private static final Pattern L3 = Pattern.compile("^(\\d{1,6})\\s*[.、](?!\\d)");
    private static final Pattern L4 = Pattern.compile("^(?:\\(\\s*(\\d{1,3})\\s*\\)|(\\d{1,3})\\)|([①-⑳]))");
    private static final Pattern APPENDIX = Pattern.compile("^附件\\s*\\d*\\s*(:.*)?$");
    private static final Pattern GENERAL_SECTION = Pattern.compile(
            "总体要求|指导思想|基本原则|总体目标|主要目标|工作目标|发展目标|总体思路|工作原则|目标要求|重要意义");
    private static final Pattern STANDING_RULE = Pattern.compile("不再(一一|单独|重复|逐一|逐项)?列(出|明)");
    /** A full stop; in half-width plans that is '.', but not the one in 3.13 or www.gov.cn. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。!?]|\\.(?![0-9A-Za-z])");

    /** Parses {@code text}; see the class comment. */
    public ParsedPlan parse(String text) {
        List<ImportWarning> warnings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            warnings.add(new ImportWarning(ImportWarning.EMPTY_DOCUMENT, null, "The document is empty.", null));
            return new ParsedPlan(PlanHeader.EMPTY, List.of(), warnings);
        }
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
            warnings.add(new ImportWarning(ImportWarning.TRUNCATED, null,
                    "The document is longer than " + MAX_CHARS + " characters; only the start was read.", null));
        }
        if (looksBinary(text)) {
            warnings.add(new ImportWarning(ImportWarning.NOT_A_PLAN, null,
                    "The document is not readable text (binary content or a wrong encoding).", null));
            return new ParsedPlan(PlanHeader.EMPTY, List.of(), warnings);
        }
        return new Run(text, warnings).parse();
    }

    private static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 20_000);
        int bad = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                bad++;
            }
        }
        return bad > sample / 20;
    }

    /**
     * A line of the document, classified. {@code no} is its line in the source, {@code at} its
     * place among the lines read (a run-on source line gives several); {@code rest} is the line
     * after its number.
     */
    record Line(int no, int at, Span span, int level, String number, int value, Span rest) {

        boolean heading() {
            return level > 0;
        }
    }

    /** A numbered part of the document and the lines that belong to it. */
    static final class Node {
        final Line head;
        final List<Line> lines = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        final List<Line> trailing = new ArrayList<>();
        final List<Node> sections;

        Node(Line head, List<Node> sections) {
            this.head = head;
            this.sections = sections;
            lines.add(head);
        }
    }

    /** What a node's lines say once unit blocks are taken out. */
    record Digest(String title, String text, List<UnitMention> lead, List<UnitMention> cooperating,
                  String deadlineText, List<String> redacted, boolean redactedText) {

        boolean hasUnits() {
            return !lead.isEmpty() || !cooperating.isEmpty();
        }
    }

    /** One parse: the document's state while it is read. */
    private static final class Run {
        private final String source;
        private final List<ImportWarning> warnings;
        private final List<Integer> lineNos = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        /** Indexes into {@code texts} of lines that were garbled. */
        private final Set<Integer> garbled = new HashSet<>();
        private final Set<Integer> markupLines = new HashSet<>();
        private Integer planYear;
        private boolean documentHasUnits;
        private List<StandingRule> rules = List.of();

        Run(String source, List<ImportWarning> warnings) {
            this.source = source;
            this.warnings = warnings;
        }

        ParsedPlan parse() {
            readLines();
            dropRepeatedDocument();
            warnAboutMarkup();
            List<Line> lines = classify();
            int bodyStart = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).level() > 0 && lines.get(i).level() < 4) {
                    bodyStart = i;
                    break;
                }
            }
            // a task table may come before any numbered heading (a sheet per section numbers its sections below the
            // header row): the header of the plan ends where the table starts
            TaskTableParser.Table early = TaskTableParser.find(texts, 0, texts.size());
            if (early != null && (bodyStart < 0 || early.from() < bodyStart)) {
                bodyStart = early.from();
            }
            PlanHeader header = HeaderParser.parse(texts, bodyStart);
            planYear = header.year();

            int bodyEnd = lines.size();
            for (int i = Math.max(bodyStart, 0); i < lines.size(); i++) {
                if (APPENDIX.matcher(lines.get(i).span().norm().strip()).matches() && i > bodyStart) {
                    bodyEnd = i;
                    break;
                }
            }
            TaskTableParser.Table table = TaskTableParser.find(texts, Math.max(bodyStart, 0), texts.size());
            List<Line> body = new ArrayList<>();
            for (int i = Math.max(bodyStart, 0); i < bodyEnd; i++) {
                if (table != null && i >= table.from() && i < table.to()) {
                    continue;
                }
                body.add(lines.get(i));
            }
            rules = standingRules(lines.subList(0, bodyEnd));
            List<ParsedMeasure> measures = bodyStart < 0 ? new ArrayList<>() : structure(body);
            if (table != null) {
                measures = mergeTable(measures, table);
            }
            if (measures.isEmpty()) {
                measures = paragraphsWithUnits(lines);
            }
            measures = dropDuplicateMeasures(measures);
            checkNumbering(measures, "");
            if (measures.isEmpty()) {
                warnings.add(new ImportWarning(ImportWarning.NO_MEASURES, null,
                        "No numbered measures were found; the document may not be a plan.", null));
            } else if (measures.stream().noneMatch(ParsedMeasure::hasUnits)) {
                warnings.add(new ImportWarning(ImportWarning.NO_UNITS, null,
                        "The document names no responsible units; assign them before publishing.", null));
            } else {
                for (ParsedMeasure m : measures) {
                    if (!m.hasUnits()) {
                        warnings.add(new ImportWarning(ImportWarning.NO_UNITS, lineOf(m),
                                "Measure " + m.number() + " names no responsible unit.", m.number()));
                    }
                }
            }
            LocalPlaces places = LocalPlaces.of(header);
            measures = measures.stream().map(places::resolve).toList();
            warnings.sort((a, b) -> Integer.compare(a.line() == null ? 0 : a.line(), b.line() == null ? 0 : b.line()));
            return new ParsedPlan(header, measures, warnings);
        }

        private final Map<ParsedMeasure, Integer> measureLines = new IdentityHashMap<>();

        private Integer lineOf(ParsedMeasure m) {
            return measureLines.get(m);
        }

        // ---- lines -------------------------------------------------------------------------

        private void readLines() {
            String s = source.startsWith("\uFEFF") ? source.substring(1) : source;
            String[] raw = s.split("\r\n|\r|\n|\u2028|\u2029", -1);
            List<String> stripped = new ArrayList<>(raw.length);
            for (int i = 0; i < raw.length; i++) {
                String clean = TextNormaliser.stripMarkup(raw[i]);
                if (!clean.equals(raw[i])) {
                    markupLines.add(i + 1);
                }
                stripped.add(clean);
            }
            List<List<String>> restored = LineBreaks.restore(stripped);
            int runOn = 0;
            for (int i = 0; i < restored.size(); i++) {
                List<String> pieces = restored.get(i);
                if (pieces.size() > 1) {
                    runOn++;
                }
                for (String piece : pieces) {
                    read(i + 1, piece);
                }
            }
            if (runOn > 0) {
                warnings.add(new ImportWarning(ImportWarning.LINE_BREAKS_RESTORED, null, runOn
                        + " line(s) held several paragraphs (line breaks lost in copying); they were split at "
                        + "numbering, fields and the date of issue. Check the structure.", null));
            }
        }

        private void read(int lineNo, String text) {
            String line = text;
            if (TextNormaliser.looksGarbled(line)) {
                String repaired = TextNormaliser.repairGarbled(line);
                String n = TextNormaliser.parseForm(repaired).strip();
                boolean heading = L1.matcher(n).find() || L2.matcher(n).find() || n.length() <= 40;
                warnings.add(new ImportWarning(heading ? ImportWarning.GARBLED_HEADING : ImportWarning.GARBLED_TEXT,
                        lineNo, "Line " + lineNo + " is garbled (wrong character encoding)"
                        + (repaired.equals(line) ? "." : "; read as \"" + repaired + "\"."), null));
                line = repaired;
                garbled.add(texts.size());
            }
            lineNos.add(lineNo);
            texts.add(line);
        }

        /** Counted after a repeated copy is dropped, so the copy does not double the count. */
        private void warnAboutMarkup() {
            int kept = lineNos.isEmpty() ? 0 : lineNos.get(lineNos.size() - 1);
            long markup = markupLines.stream().filter(no -> no <= kept).count();
            if (markup > 0) {
                warnings.add(new ImportWarning(ImportWarning.MARKUP_REMOVED, null,
                        "Web-page markup was removed from " + markup + " line(s).", null));
            }
        }

        /** A document pasted twice: keep the first copy. */
        private void dropRepeatedDocument() {
            List<Integer> idx = new ArrayList<>();
            List<String> compact = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                String c = TextNormaliser.compactForm(texts.get(i));
                if (!c.isEmpty()) {
                    idx.add(i);
                    compact.add(c);
                }
            }
            int n = compact.size();
            // the tail of the document equal to the stretch just before it: a copy pasted twice
            for (int len = n / 2; len >= Math.max(3, n / 4); len--) {
                int allowed = len / 10;
                int differ = 0;
                for (int j = 0; j < len && differ <= allowed; j++) {
                    if (!compact.get(n - 2 * len + j).equals(compact.get(n - len + j))) {
                        differ++;
                    }
                }
                if (differ <= allowed) {
                    int cut = idx.get(n - len);
                    int cutLine = lineNos.get(cut);
                    // what was said about the lines of the copy is said already about the original
                    warnings.removeIf(w -> w.line() != null && w.line() >= cutLine);
                    warnings.add(new ImportWarning(ImportWarning.DUPLICATED_TEXT, cutLine,
                            "The document repeats itself from line " + cutLine + "; the repetition was ignored.", null));
                    texts.subList(cut, texts.size()).clear();
                    lineNos.subList(cut, lineNos.size()).clear();
                    return;
                }
            }
        }

        private List<Line> classify() {
            List<Line> out = new ArrayList<>(texts.size());
            int lastL3 = 0;
            for (int i = 0; i < texts.size(); i++) {
                Span span = Span.of(texts.get(i)).strip();
                String n = span.norm();
                int level = 0;
                String number = null;
                int value = -1;
                Span rest = span;
                Matcher m;
                if ((m = L1.matcher(n)).find()) {
                    level = 1;
                    String numeral = m.group(1) != null ? m.group(1) : m.group(2);
                    value = ChineseNumerals.toInt(numeral);
                    number = span.orig().substring(m.start(), m.end()).replaceAll("[、.,，．\\s]+$", "");
                    rest = span.sub(m.end());
                } else if ((m = L2.matcher(n)).find()) {
                    level = 2;
                    value = ChineseNumerals.toInt(m.group(1));
                    number = "(" + m.group(1) + ")";
                    rest = span.sub(m.end());
                } else if ((m = L3.matcher(n)).find() && continuesNumbering(m.group(1), lastL3)) {
                    level = 3;
                    value = Integer.parseInt(m.group(1));
                    lastL3 = value;
                    number = m.group(1);
                    rest = span.sub(m.end());
                } else if ((m = L4.matcher(n)).find()) {
                    level = 4;
                    if (m.group(3) != null) {
                        value = m.group(3).charAt(0) - '①' + 1;
                        number = m.group(3);
                    } else {
                        String d = m.group(1) != null ? m.group(1) : m.group(2);
                        value = Integer.parseInt(d);
                        number = "(" + d + ")";
                    }
                    rest = span.sub(m.end());
                }
                if (level == 0 && garbled.contains(i)) {
                    // a heading that a wrong encoding damaged: keep it as a section break
                    Matcher relaxed = Pattern.compile("^\\(?\\s*([一二三四五六七八九十]{1,3})\\s*[)、]?").matcher(n);
                    if (relaxed.find() && relaxed.end() > 0 && n.startsWith("(")) {
                        level = 2;
                        value = ChineseNumerals.toInt(relaxed.group(1));
                        number = "(" + relaxed.group(1) + ")";
                        rest = span.sub(relaxed.end());
                    } else if (n.length() <= 40) {
                        level = GARBLED_SECTION;
                        value = 0;
                    }
                }
                if (value < 0) {
                    level = 0;
                    number = null;
                    rest = span;
                }
                out.add(new Line(lineNos.get(i), i, span, level, number, value, rest.strip()));
            }
            return out;
        }

        /**
         * Numbers of up to three digits are always measure numbers. A longer one ("2024、2025年…", an
         * amount) is one only where the plan already counts in the hundreds and it goes on from there
         * (a skip of a few is a numbering gap, warned as such); otherwise it stays the text of the
         * measure above.
         */
        private static boolean continuesNumbering(String digits, int lastL3) {
            if (digits.length() <= 3) {
                return true;
            }
            int value = Integer.parseInt(digits);
            return lastL3 >= 900 && value > lastL3 && value <= lastL3 + 100;
        }

        // ---- structure ---------------------------------------------------------------------

        private int measureLevel(List<Line> body) {
            int[] count = new int[5];
            int[] evidence = new int[5];
            for (int i = 0; i < body.size(); i++) {
                Line l = body.get(i);
                if (l.level() <= 0) {
                    continue;
                }
                count[l.level()]++;
                boolean hasChild = false;
                boolean block = hasBlock(l.rest());
                for (int j = i + 1; j < body.size(); j++) {
                    Line next = body.get(j);
                    if (next.level() > 0 && next.level() <= Math.max(l.level(), 3)) {
                        if (next.level() > l.level()) {
                            hasChild = true;
                        }
                        break;
                    }
                    block |= hasBlock(next.span());
                }
                // an item with sub-items that assigns units is a measure with details, unless it
                // reads like a heading (no full stop): then it is a section with a section lead
                if (block && (!hasChild || !headingLike(l))) {
                    evidence[l.level()]++;
                }
            }
            if (count[3] >= 2 && evidence[3] >= evidence[2]) {
                return 3;
            }
            if (count[2] >= 2) {
                return 2;
            }
            if (count[3] >= 1) {
                return 3;
            }
            if (count[1] >= 1) {
                return 1;
            }
            return 0;
        }

        private boolean headingLike(Line l) {
            String t = TextNormaliser.parseForm(extract(l.rest()).text()).strip();
            return t.length() <= 40 && !SENTENCE_END.matcher(t).find();
        }

        private boolean hasBlock(Span s) {
            return !extract(s).blocks.isEmpty();
        }

        private List<ParsedMeasure> structure(List<Line> body) {
            int level = measureLevel(body);
            if (level == 0) {
                return new ArrayList<>();
            }
            List<Object> order = new ArrayList<>();
            Node[] stack = new Node[5];
            Node measure = null;
            Node child = null;
            Node section = null;
            for (Line l0 : body) {
                Line l = l0;
                if (l.level() == GARBLED_SECTION) {
                    l = level >= 2 ? new Line(l.no(), l.at(), l.span(), level - 1, null, 0, l.rest())
                            : new Line(l.no(), l.at(), l.span(), 0, null, -1, l.span());
                }
                if (l.heading() && l.level() < level) {
                    section = new Node(l, sectionsOf(stack, l.level()));
                    stack[l.level()] = section;
                    for (int k = l.level() + 1; k < stack.length; k++) {
                        stack[k] = null;
                    }
                    order.add(section);
                    measure = null;
                    child = null;
                } else if (l.heading() && l.level() == level) {
                    measure = new Node(l, sectionsOf(stack, level));
                    order.add(measure);
                    child = null;
                } else if (l.heading() && measure != null) {
                    child = new Node(l, List.of());
                    measure.children.add(child);
                } else if (measure != null) {
                    boolean blockLine = !l.heading() && isBlockLine(l.span());
                    if (blockLine && child != null) {
                        measure.trailing.add(l);
                    } else {
                        (child != null ? child : measure).lines.add(l);
                    }
                } else if (section != null) {
                    section.lines.add(l);
                }
            }
            List<ParsedMeasure> out = new ArrayList<>();
            Set<Node> sectionsWithMeasures = new HashSet<>();
            for (Object o : order) {
                Node n = (Node) o;
                if (n.head.level() == level) {
                    sectionsWithMeasures.addAll(n.sections);
                }
            }
            Map<Node, Digest> sectionDigests = new LinkedHashMap<>();
            for (Object o : order) {
                Node n = (Node) o;
                if (n.head.level() < level) {
                    Digest d = digest(n.lines, n.head.rest());
                    sectionDigests.put(n, d);
                    documentHasUnits |= d.hasUnits();
                    if (!sectionsWithMeasures.contains(n) && d.hasUnits() && d.text().length() > 10
                            && n.head.level() == level - 1) {
                        // a paragraph in the sections' numbering that assigns units itself is a measure
                        ParsedMeasure pm = toMeasure(n, d, List.of(), rules);
                        out.add(pm);
                    }
                    continue;
                }
                Digest d = digest(n.lines, n.head.rest());
                List<ParsedMeasure> children = new ArrayList<>();
                for (Node c : n.children) {
                    Digest cd = digest(c.lines, c.head.rest());
                    children.add(toMeasure(c, cd, List.of(), List.of()));
                }
                if (!n.trailing.isEmpty()) {
                    Digest t = digest(n.trailing, null);
                    d = merge(d, t);
                }
                boolean childUnits = children.stream().anyMatch(ParsedMeasure::hasUnits);
                if (!d.hasUnits() && !childUnits) {
                    for (int k = n.sections.size() - 1; k >= 0; k--) {
                        Digest sd = sectionDigests.get(n.sections.get(k));
                        if (sd != null && sd.hasUnits()) {
                            d = new Digest(d.title(), d.text(), sd.lead(), sd.cooperating(), d.deadlineText(),
                                    d.redacted(), d.redactedText());
                            break;
                        }
                    }
                }
                if (!d.hasUnits() && !childUnits && isGeneralPart(n, d)) {
                    continue;
                }
                documentHasUnits |= d.hasUnits() || childUnits;
                out.add(toMeasure(n, d, children, rules));
            }
            return out;
        }

        /** {@code 指导思想}, {@code 主要目标}: framing paragraphs, not tasks, unless units are named. */
        private boolean isGeneralPart(Node n, Digest d) {
            String title = TextNormaliser.parseForm(d.title() == null ? "" : d.title());
            if (title.length() <= 10 && GENERAL_SECTION.matcher(title).find()) {
                return true;
            }
            if (n.head.level() >= 3) {
                return false;
            }
            for (Node s : n.sections) {
                if (GENERAL_SECTION.matcher(s.head.rest().norm()).find()) {
                    return true;
                }
            }
            return false;
        }

        private List<Node> sectionsOf(Node[] stack, int below) {
            List<Node> out = new ArrayList<>();
            for (int k = 1; k < below && k < stack.length; k++) {
                if (stack[k] != null) {
                    out.add(stack[k]);
                }
            }
            return out;
        }

        private ParsedMeasure toMeasure(Node n, Digest d, List<ParsedMeasure> children, List<StandingRule> rules) {
            List<UnitMention> lead = new ArrayList<>(d.lead());
            List<UnitMention> coop = new ArrayList<>(d.cooperating());
            for (StandingRule r : rules) {
                // "以下…" covers the measure whose heading line states it, too
                if (r.at() <= n.head.at()) {
                    Set<String> have = new HashSet<>();
                    lead.forEach(u -> have.add(TextNormaliser.compactForm(u.name())));
                    coop.forEach(u -> have.add(TextNormaliser.compactForm(u.name())));
                    for (UnitMention u : r.units()) {
                        if (have.add(TextNormaliser.compactForm(u.name()))) {
                            coop.add(u);
                        }
                    }
                }
            }
            String number = n.head.number();
            for (String r : d.redacted()) {
                warnings.add(new ImportWarning(ImportWarning.REDACTED_UNIT, n.head.no(),
                        "Measure " + number + " names a redacted unit (" + r + ").", number));
            }
            if (d.redactedText()) {
                warnings.add(new ImportWarning(ImportWarning.REDACTED_TEXT, n.head.no(),
                        "Measure " + number + " contains redacted text (略).", number));
            }
            DeadlineParser.Deadline deadline = null;
            if (d.deadlineText() != null) {
                deadline = DeadlineParser.parseField(d.deadlineText(), planYear).orElse(null);
            }
            if (deadline == null) {
                deadline = DeadlineParser.findInText(d.text(), planYear).orElse(null);
            }
            List<String> path = new ArrayList<>();
            for (Node s : n.sections) {
                path.add(sectionLabel(s));
            }
            checkNumbering(children, number);
            ParsedMeasure pm = new ParsedMeasure(number, path, d.title(), d.text(), lead, coop,
                    deadline == null ? null : deadline.date(), deadline == null ? null : deadline.text(),
                    TargetParser.parse(d.text()), children, n.head.no());
            measureLines.put(pm, n.head.no());
            return pm;
        }

        private String sectionLabel(Node s) {
            Extract e = extract(s.head.span());
            String t = e.text().strip();
            Matcher end = SENTENCE_END.matcher(TextNormaliser.parseForm(t));
            if (end.find() && end.start() > 0) {
                t = t.substring(0, end.start());
            }
            return t;
        }

        // ---- digesting a node's lines ------------------------------------------------------

        private Digest digest(List<Line> lines, Span headRest) {
            StringBuilder text = new StringBuilder();
            String title = null;
            UnitAccumulator units = new UnitAccumulator();
            boolean redactedText = false;
            for (int i = 0; i < lines.size(); i++) {
                Span s = i == 0 && headRest != null ? headRest : lines.get(i).span();
                Extract e = extract(s);
                e.blocks.forEach(units::add);
                redactedText |= e.redactedText;
                String piece = e.text().strip();
                if (piece.isEmpty()) {
                    continue;
                }
                if (title == null) {
                    title = titleOf(piece);
                }
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(piece);
            }
            return new Digest(title == null ? "" : title, text.toString(), units.lead(), units.coop(), units.deadline,
                    units.redacted, redactedText);
        }

        private Digest merge(Digest d, Digest t) {
            UnitAccumulator u = new UnitAccumulator();
            u.add(new UnitListParser.UnitBlock(d.lead(), d.cooperating(), d.deadlineText(), d.redacted()));
            u.add(new UnitListParser.UnitBlock(t.lead(), t.cooperating(), t.deadlineText(), t.redacted()));
            String text = t.text().isEmpty() ? d.text() : d.text() + "\n" + t.text();
            return new Digest(d.title(), text, u.lead(), u.coop(), u.deadline, u.redacted,
                    d.redactedText() || t.redactedText());
        }

        private String titleOf(String piece) {
            String n = TextNormaliser.parseForm(piece);
            Matcher end = SENTENCE_END.matcher(n);
            String t = end.find() ? piece.substring(0, end.start()) : piece;
            return Span.of(t).trimUnbalanced(Span.SEPARATORS).orig().strip();
        }

        /** A node's line with its unit blocks taken out. */
        record Extract(String text, List<UnitListParser.UnitBlock> blocks, boolean redactedText) {
        }

        private boolean isBlockLine(Span s) {
            Extract e = extract(s);
            return !e.blocks.isEmpty() && e.text().isBlank();
        }

        private final Map<Span, Extract> extracts = new IdentityHashMap<>();

        private Extract extract(Span line) {
            return extracts.computeIfAbsent(line, this::extractUncached);
        }

        private Extract extractUncached(Span line) {
            List<UnitListParser.UnitBlock> blocks = new ArrayList<>();
            Span s = line.strip();
            String n = s.norm();
            boolean redacted = false;
            // a whole line that is a labelled field (责任单位：… / 完成时限：…)
            int head = 0;
            while (head < n.length() && (n.charAt(head) == '(' || Character.isWhitespace(n.charAt(head)))) {
                head++;
            }
            Matcher label = UnitListParser.LABEL.matcher(n);
            label.region(head, n.length());
            if (n.indexOf(':') >= 0 && label.lookingAt()) {
                Span content = s.trimUnbalanced(Span.SPACE);
                UnitListParser.UnitBlock b = UnitListParser.parseBlock(content);
                blocks.add(b);
                return new Extract("", blocks, false);
            }
            StringBuilder kept = new StringBuilder();
            int depth = 0;
            int open = -1;
            int copied = 0;
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                if (c == '(') {
                    if (depth == 0) {
                        open = i;
                    }
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                    if (depth == 0) {
                        Span content = s.sub(open + 1, i);
                        String cn = content.norm().strip();
                        if (cn.equals("略") || cn.equals("此处略") || cn.equals("内容略")) {
                            redacted = true;
                        } else if (STANDING_RULE.matcher(cn).find()) {
                            // (以下均需各县区人民政府按职责分工负责，不再列出): a rule for the measures
                            // that follow (see standingRules), not this measure's units nor its text
                            kept.append(s.orig(), copied, open);
                            copied = i + 1;
                        } else if (UnitListParser.isUnitBlock(content.orig())) {
                            UnitListParser.UnitBlock b = UnitListParser.parseBlock(content);
                            if (!b.isEmpty()) {
                                blocks.add(b);
                                kept.append(s.orig(), copied, open);
                                copied = i + 1;
                            }
                        }
                    }
                }
            }
            if (depth > 0 && open >= copied) {
                // an unclosed bracket to the end of the line: a unit block missing its ")"
                Span content = s.sub(open + 1);
                if (UnitListParser.isUnitBlock(content.orig())) {
                    UnitListParser.UnitBlock b = UnitListParser.parseBlock(content);
                    if (!b.isEmpty()) {
                        blocks.add(b);
                        kept.append(s.orig(), copied, open);
                        copied = s.length();
                    }
                }
            }
            kept.append(s.orig(), copied, s.length());
            String rest = kept.toString();
            // an unbracketed label inside the line: 。牵头单位：…；配合单位：…
            Span restSpan = Span.of(rest);
            Matcher inline = UnitListParser.LABEL.matcher(restSpan.norm());
            while (restSpan.norm().indexOf(':') >= 0 && inline.find()) {
                if (depthAt(restSpan.norm(), inline.start()) == 0 && inline.start() > 0) {
                    UnitListParser.UnitBlock b = UnitListParser.parseBlock(restSpan.sub(inline.start()));
                    if (!b.isEmpty()) {
                        blocks.add(b);
                        rest = restSpan.sub(0, inline.start()).orig();
                    }
                    break;
                }
            }
            return new Extract(rest, blocks, redacted);
        }

        private int depthAt(String n, int pos) {
            int depth = 0;
            for (int i = 0; i < pos; i++) {
                if (n.charAt(i) == '(') {
                    depth++;
                } else if (n.charAt(i) == ')' && depth > 0) {
                    depth--;
                }
            }
            return depth;
        }

        /** Units from several blocks, first mention wins, a lead is never also cooperating. */
        private static final class UnitAccumulator {
            private final Map<String, UnitMention> lead = new LinkedHashMap<>();
            private final Map<String, UnitMention> coop = new LinkedHashMap<>();
            private String deadline;
            private final List<String> redacted = new ArrayList<>();

            void add(UnitListParser.UnitBlock b) {
                b.lead().forEach(u -> lead.putIfAbsent(TextNormaliser.compactForm(u.name()), u));
                b.cooperating().forEach(u -> coop.putIfAbsent(TextNormaliser.compactForm(u.name()), u));
                if (deadline == null) {
                    deadline = b.deadlineText();
                }
                redacted.addAll(b.redacted());
            }

            List<UnitMention> lead() {
                return List.copyOf(lead.values());
            }

            List<UnitMention> coop() {
                List<UnitMention> out = new ArrayList<>();
                coop.forEach((k, u) -> {
                    if (!lead.containsKey(k)) {
                        out.add(u);
                    }
                });
                return out;
            }
        }

        // ---- rules stated once -------------------------------------------------------------

        record StandingRule(int line, int at, List<UnitMention> units) {
        }

        /** {@code 各县区人民政府按职责分工负责，以下不再列出}: units added to every later measure. */
        private List<StandingRule> standingRules(List<Line> body) {
            List<StandingRule> out = new ArrayList<>();
            for (Line l : body) {
                String n = l.span().norm();
                Matcher m = STANDING_RULE.matcher(n);
                if (!m.find()) {
                    continue;
                }
                int from = m.start();
                while (from > 0 && "。!?;".indexOf(n.charAt(from - 1)) < 0) {
                    from--;
                }
                String clause = n.substring(from, m.start());
                Matcher verb = Pattern.compile("按照?(职责|责任|职能)|负责|配合|参与|落实|承担").matcher(clause);
                int cut = verb.find() ? verb.start() : clause.length();
                Span units = l.span().sub(from, from + cut);
                Matcher intro = Pattern.compile("^.*?(均需|均由|均要|都需|都由|均应|需要|需|由)").matcher(units.norm());
                if (intro.find()) {
                    units = units.sub(intro.end());
                }
                List<UnitMention> found = new ArrayList<>();
                for (UnitMention u : UnitListParser.parseList(units.trim(Span.SEPARATORS)).units) {
                    if (UnitListParser.looksLikeUnit(u.name())) {
                        found.add(u);
                    }
                }
                if (!found.isEmpty()) {
                    out.add(new StandingRule(l.no(), l.at(), found));
                    warnings.add(new ImportWarning(ImportWarning.INHERITED_UNITS, l.no(),
                            "Units stated once for all later measures were added to each of them as cooperating units.",
                            null));
                }
            }
            return out;
        }

        // ---- fallbacks and checks ----------------------------------------------------------

        private List<ParsedMeasure> mergeTable(List<ParsedMeasure> measures, TaskTableParser.Table table) {
            List<ParsedMeasure> rows = new ArrayList<>();
            String section = null;
            for (TaskTableParser.Row r : table.rows()) {
                // a section column merged down (or left empty below its first row) holds for the rows below
                section = r.section() != null && !r.section().isBlank() ? r.section().strip() : section;
                if (r.task() == null || r.task().isBlank()) {
                    continue;
                }
                UnitAccumulator u = new UnitAccumulator();
                if (r.lead() != null) {
                    u.add(UnitListParser.isUnitBlock(r.lead()) && UnitListParser.LABEL.matcher(
                            TextNormaliser.parseForm(r.lead())).find()
                            ? UnitListParser.parseBlock(r.lead())
                            : asBlock(UnitListParser.parseList(Span.of(r.lead())), true));
                }
                if (r.cooperating() != null) {
                    u.add(asBlock(UnitListParser.parseList(Span.of(r.cooperating())), false));
                }
                DeadlineParser.Deadline d = r.deadline() == null ? null
                        : DeadlineParser.parseField(r.deadline(), planYear).orElse(null);
                String number = r.number() == null ? String.valueOf(rows.size() + 1) : r.number();
                // the table counts lines read; warnings name lines of the source
                int line = lineNos.get(Math.min(r.line(), lineNos.size()) - 1);
                ParsedMeasure pm = new ParsedMeasure(number, section == null ? List.of() : List.of(section), titleOf(r.task()),
                        r.task(), u.lead(), u.coop(), d == null ? null : d.date(), d == null ? null : d.text(),
                        TargetParser.parse(r.task()), List.of(), line);
                measureLines.put(pm, line);
                rows.add(pm);
            }
            if (measures.isEmpty()) {
                return rows;
            }
            List<ParsedMeasure> out = new ArrayList<>();
            for (ParsedMeasure m : measures) {
                ParsedMeasure merged = m;
                if (!m.hasUnits()) {
                    String key = TextNormaliser.compactForm(m.title());
                    for (ParsedMeasure r : rows) {
                        String rk = TextNormaliser.compactForm(r.title());
                        if (!key.isEmpty() && !rk.isEmpty() && (key.startsWith(rk) || rk.startsWith(key))) {
                            merged = new ParsedMeasure(m.number(), m.path(), m.title(), m.text(), r.leadUnits(),
                                    r.cooperatingUnits(), m.deadline() != null ? m.deadline() : r.deadline(),
                                    m.deadline() != null ? m.deadlineText() : r.deadlineText(), m.targets(), m.children(),
                                    m.line());
                            measureLines.put(merged, measureLines.get(m));
                            break;
                        }
                    }
                }
                out.add(merged);
            }
            return out;
        }

        private static UnitListParser.UnitBlock asBlock(UnitListParser.Parsed p, boolean lead) {
            return new UnitListParser.UnitBlock(lead ? p.units : List.of(), lead ? List.of() : p.units,
                    p.deadlines.isEmpty() ? null : String.join("，", p.deadlines), p.redacted);
        }

        /** An unnumbered plan: each paragraph that assigns units is a measure. */
        private List<ParsedMeasure> paragraphsWithUnits(List<Line> lines) {
            List<ParsedMeasure> out = new ArrayList<>();
            for (Line l : lines) {
                Extract e = extract(l.span());
                if (e.blocks().isEmpty() || e.text().strip().length() < 8) {
                    continue;
                }
                Digest d = digest(List.of(l), null);
                if (!d.hasUnits()) {
                    continue;
                }
                Line numbered = new Line(l.no(), l.at(), l.span(), 0, String.valueOf(out.size() + 1), out.size() + 1, l.span());
                out.add(toMeasure(new Node(numbered, List.of()), d, List.of(), List.of()));
            }
            return out;
        }

        private List<ParsedMeasure> dropDuplicateMeasures(List<ParsedMeasure> measures) {
            Map<String, ParsedMeasure> seen = new HashMap<>();
            List<ParsedMeasure> out = new ArrayList<>();
            for (ParsedMeasure m : measures) {
                String key = TextNormaliser.compactForm(m.text());
                if (key.length() >= 20 && seen.containsKey(key)) {
                    warnings.add(new ImportWarning(ImportWarning.DUPLICATED_TEXT, lineOf(m),
                            "Measure " + m.number() + " repeats measure " + seen.get(key).number() + " word for word; "
                            + "the repetition was left out.", m.number()));
                    continue;
                }
                seen.put(key, m);
                out.add(m);
            }
            return out;
        }

        /** Numbers should count up by one (restarting at 1 in a new section is fine). */
        private void checkNumbering(List<ParsedMeasure> measures, String parent) {
            Integer prev = null;
            Set<Integer> seenInRun = new HashSet<>();
            for (ParsedMeasure m : measures) {
                Integer v = valueOf(m.number());
                if (v == null) {
                    continue;
                }
                String where = parent.isEmpty() ? "" : " in measure " + parent;
                if (prev != null && v != prev + 1) {
                    if (v == 1) {
                        seenInRun.clear();
                    } else if (v.equals(prev) || seenInRun.contains(v)) {
                        warnings.add(new ImportWarning(ImportWarning.DUPLICATE_NUMBER, lineOf(m),
                                "Number " + m.number() + " is used twice" + where + ".", m.number()));
                    } else if (v > prev + 1) {
                        warnings.add(new ImportWarning(ImportWarning.NUMBERING_GAP, lineOf(m),
                                "Numbering jumps from " + prev + " to " + v + where + ".", m.number()));
                    } else {
                        warnings.add(new ImportWarning(ImportWarning.NUMBERING_GAP, lineOf(m),
                                "Numbering goes back from " + prev + " to " + v + where + ".", m.number()));
                    }
                }
                seenInRun.add(v);
                prev = v;
            }
        }

        private static Integer valueOf(String number) {
            if (number == null) {
                return null;
            }
            String n = number.replaceAll("[()（）]", "");
            if (n.matches("\\d+")) {
                return Integer.parseInt(n);
            }
            if (n.length() == 1 && n.charAt(0) >= '①' && n.charAt(0) <= '⑳') {
                return n.charAt(0) - '①' + 1;
            }
            int v = ChineseNumerals.toInt(n);
            return v < 0 ? null : v;
        }
    }
}
