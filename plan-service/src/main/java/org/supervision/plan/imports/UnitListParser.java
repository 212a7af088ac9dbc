package org.supervision.plan.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.supervision.plan.unit.UnitNames;

/**
 * Reads the units a plan assigns to a measure. Handles labelled blocks
 * ({@code 牵头单位：…；配合单位：…}, any bracket kind, semicolon or comma between parts),
 * State-Council style ({@code 省政务局、省司法厅牵头，省直相关部门按职责分工负责}), and the lists
 * themselves: separators {@code 、，}, nested brackets kept whole, a prefix carried over
 * ({@code 市公安局、人社局} → 市人社局), {@code 等单位} stripped, group mentions marked, and
 * deadlines slipped into the list ({@code …,6月底完成}) taken out.
 */
public final class UnitListParser {

    /** What one block says: units by role, plus any deadline and redacted mentions it held. */
    public record UnitBlock(List<UnitMention> lead, List<UnitMention> cooperating, String deadlineText,
                            List<String> redacted) {

        public boolean isEmpty() {
            return lead.isEmpty() && cooperating.isEmpty() && deadlineText == null && redacted.isEmpty();
        }
    }

    private enum Role { LEAD, COOPERATING, RESPONSIBLE, DEADLINE, IGNORE }

    static final Pattern LABEL = Pattern.compile(
            "(?=[牵主责负实承配协参支完时办进分联])(牵头单位|牵头部门|主办单位|主责单位|主责部门|主办部门|责任单位|责任部门|负责单位|负责部门|实施单位|承办单位"
            + "|配合单位|配合部门|协办单位|协办部门|协作单位|协助单位|参与单位|参与部门|协同单位|支持单位|配合"
            + "|完成时限|时限要求|完成时间|时间要求|时间节点|完成期限|办结时限|时间安排|进度安排|时限"
            + "|责任领导|分管领导|牵头领导|牵头市领导|联系领导|责任人|联系人|牵头)\\s*:");
    private static final Pattern LEAD_STYLE = Pattern.compile(
            "(牵头负责|牵头落实|牵头推进|牵头实施|牵头抓总|牵头|负责落实|负责推进|负责实施|负责)(?=$|[,;。、)\\s]|[^\\u4e00-\\u9fa5])");
    private static final Pattern QUALIFIER = Pattern.compile(
            "(按照?(各自)?(职责|责任|职能)?(分工)?(负责|落实|推进|配合|抓好落实)|按(职责|责任|职能)分工|(职责|责任)分工"
            + "|分别(负责|牵头|落实)|共同(负责|推进|落实)|负责(落实|推进|实施)?|牵头(负责|落实|推进|实施|抓总)?"
            + "|配合(落实|推进|实施)?|参与|协助|协同|落实|指导)$");
    private static final Pattern LEADING_NOISE = Pattern.compile("^(由|会同|并由|并|和|以及|及|其中)");
    private static final Pattern OPEN_LIST = Pattern.compile("(等相关单位|等相关部门|等有关单位|等有关部门|等单位|等部门|等)$");
    private static final Pattern GROUP = UnitNames.GROUP;
    private static final Pattern PREFIX = Pattern.compile("^(自治区|省|市|县|区|州|盟|旗)");
    private static final Pattern NO_INHERIT = Pattern.compile(
            "^(各|人民银行|国家|中国|中央|中共|共青团|驻|全国)|[省市县州]");
    private static final Pattern UNIT_SUFFIX = Pattern.compile(
            "(局|委|办|厅|院|部|府|会|行|队|站|中心|公司|集团|海关|单位|部门|机关|联|处|所|室|社|台|团|馆|署|支队|大队|法院"
            + "|检察院|工会|银行|党校|学校|医院|大学|学院|协会|商会|园区|街道|乡镇|县区|指挥部|小组|专班|组|区|办事处|管理处"
            + "|分局|总局|片区|政府|管委|监狱|口岸|电台|报社|集团公司|机构|企业|军分区|武警|支行|分行|公积金|事务所)$");
    private static final Pattern LEADER = Pattern.compile("(同志|市长|书记|主任|秘书长|局长|部长)$");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\([^()]*\\)$");

    private UnitListParser() {
    }

    /** Whether a bracket's content (or a line) is a unit block rather than an ordinary aside. */
    public static boolean isUnitBlock(String text) {
        if (text == null || text.length() > 600) {
            return false;
        }
        String n = TextNormaliser.parseForm(text).strip();
        Matcher m = LABEL.matcher(n);
        while (m.find()) {
            if (roleOf(m.group(1)) != Role.IGNORE || m.start() == 0) {
                return true;
            }
        }
        UnitBlock b = parseLeadStyle(Span.of(text));
        return b != null && !b.lead().isEmpty();
    }

    /** Parses a unit block (without its brackets). Empty when it names nothing. */
    public static UnitBlock parseBlock(String text) {
        return parseBlock(Span.of(text == null ? "" : text));
    }

    static UnitBlock parseBlock(Span s) {
        Matcher m = LABEL.matcher(s.norm());
        List<int[]> labels = new ArrayList<>();
        boolean hasLeadLabel = false;
        while (m.find()) {
            Role role = roleOf(m.group(1));
            labels.add(new int[] {m.start(), m.end(), role.ordinal()});
            hasLeadLabel |= role == Role.LEAD;
        }
        Builder out = new Builder();
        if (labels.isEmpty()) {
            UnitBlock b = parseLeadStyle(s);
            return b == null ? new Builder().build() : b;
        }
        Span preamble = s.sub(0, labels.get(0)[0]).trimUnbalanced(Span.SEPARATORS);
        if (!preamble.isBlank()) {
            UnitBlock b = parseLeadStyle(preamble);
            if (b != null) {
                out.add(b);
                hasLeadLabel |= !b.lead().isEmpty();
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            int[] l = labels.get(i);
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : s.length();
            Span value = s.sub(l[1], end).trimUnbalanced(Span.SEPARATORS);
            Role role = Role.values()[l[2]];
            if (role == Role.RESPONSIBLE) {
                role = hasLeadLabel ? Role.COOPERATING : Role.LEAD;
            }
            switch (role) {
                case DEADLINE -> out.deadline(value.orig().strip());
                case IGNORE -> { }
                case COOPERATING -> {
                    // 配合单位：A、B；各县（区）人民政府 — an unlabelled clause after a semicolon is
                    // a unit responsible in its own right, not one more helper
                    int semi = topLevelSemicolon(value.norm());
                    if (semi < 0) {
                        out.addList(parseList(value), false);
                    } else {
                        out.addList(parseList(value.sub(0, semi).trimUnbalanced(Span.SEPARATORS)), false);
                        out.addList(parseList(value.sub(semi + 1).trimUnbalanced(Span.SEPARATORS)), true);
                    }
                }
                default -> out.addList(parseList(value), true);
            }
        }
        return out.build();
    }

    private static int topLevelSemicolon(String norm) {
        int depth = 0;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ';' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code X牵头} / {@code X牵头，Y配合} / {@code X负责}: units before the verb lead, the rest
     * cooperate. Null when the text does not read like that or names no unit-like lead.
     */
    static UnitBlock parseLeadStyle(Span s) {
        Matcher m = LEAD_STYLE.matcher(s.norm());
        if (!m.find()) {
            return null;
        }
        Span leadPart = s.sub(0, m.start()).trimUnbalanced(Span.SEPARATORS);
        if (leadPart.isBlank() || leadPart.length() > 200) {
            return null;
        }
        Parsed lead = parseList(leadPart);
        if (lead.units.isEmpty() || !lead.units.stream().allMatch(u -> looksLikeUnit(u.name()))) {
            return null;
        }
        Builder out = new Builder();
        out.addList(lead, true);
        Span rest = s.sub(m.end()).trimUnbalanced(Span.SEPARATORS);
        if (!rest.isBlank()) {
            Parsed coop = parseList(rest);
            if (coop.units.stream().allMatch(u -> looksLikeUnit(u.name()))) {
                out.addList(coop, false);
            }
        }
        return out.build();
    }

    /** Units of one list, in order; a prefix carries over within a {@code 、} run. */
    static Parsed parseList(Span s) {
        Parsed out = new Parsed();
        String runPrefix = null;
        for (Item item : split(s)) {
            if (item.newRun) {
                runPrefix = null;
            }
            Span t = item.span.trim(Span.SEPARATORS + "\"“”'");
            Matcher lead = LEADING_NOISE.matcher(t.norm());
            if (lead.find() && t.length() > lead.end() + 1) {
                t = t.sub(lead.end());
            }
            t = stripQualifiers(t);
            if (t.isBlank()) {
                continue;
            }
            if (t.norm().contains("略")) {
                out.redacted.add(t.trimUnbalanced(Span.SEPARATORS).orig());
                continue;
            }
            if (DeadlineParser.looksLikeDeadline(t.orig())) {
                out.deadlines.add(t.orig().strip());
                continue;
            }
            String mention = t.orig().strip();
            boolean open = false;
            Matcher o = OPEN_LIST.matcher(t.norm());
            if (o.find() && o.start() > 1) {
                t = t.sub(0, o.start()).trim(Span.SEPARATORS);
                open = true;
            }
            String name = WHITESPACE.matcher(t.orig()).replaceAll("");
            String norm = WHITESPACE.matcher(t.norm()).replaceAll("");
            if (name.isEmpty() || LEADER.matcher(norm).find() && !looksLikeUnit(norm)) {
                continue;
            }
            boolean group = GROUP.matcher(norm).find();
            Matcher p = PREFIX.matcher(norm);
            if (p.find() && !norm.startsWith("市场") && !norm.startsWith("区域") && !group) {
                runPrefix = name.substring(0, p.end());
            } else if (runPrefix != null && !group && !NO_INHERIT.matcher(norm).find() && !PREFIX.matcher(norm).find()) {
                name = runPrefix + name;
            }
            out.units.add(new UnitMention(name, mention, group, open));
        }
        return out;
    }

    /** Heuristic: does this read like the name of a unit (or a group of units)? */
    static boolean looksLikeUnit(String name) {
        String n = WHITESPACE.matcher(TextNormaliser.parseForm(name)).replaceAll("");
        if (n.isEmpty() || n.length() > 40) {
            return false;
        }
        n = TRAILING_BRACKET.matcher(n).replaceAll("");
        return UNIT_SUFFIX.matcher(n).find() || GROUP.matcher(n).find() || n.contains("人民政府");
    }

    private static Span stripQualifiers(Span t) {
        Span cur = t;
        for (int guard = 0; guard < 4; guard++) {
            Matcher q = QUALIFIER.matcher(cur.norm());
            if (!q.find() || q.start() == 0) {
                break;
            }
            cur = cur.sub(0, q.start()).trim(Span.SEPARATORS);
        }
        return cur;
    }

    private record Item(Span span, boolean newRun) {
    }

    /** Splits on 、 , ; (and 及 between two names) outside brackets; 、 keeps the run going. */
    private static List<Item> split(Span s) {
        List<Item> items = new ArrayList<>();
        String n = s.norm();
        int depth = 0;
        int start = 0;
        boolean newRun = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '(' || c == '《' || c == '“') {
                depth++;
            } else if ((c == ')' || c == '》' || c == '”') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '、' || c == ',' || c == ';' || c == '。' || c == '/' || c == '及'
                    && i - start >= 3 && n.length() - i > 3)) {
                items.add(new Item(s.sub(start, i), newRun));
                newRun = c != '、';
                start = i + 1;
            }
        }
        items.add(new Item(s.sub(start), newRun));
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            String[] parts = WHITESPACE.split(item.span.strip().norm());
            if (parts.length > 1 && java.util.Arrays.stream(parts).allMatch(UnitListParser::looksLikeUnit)) {
                Span t = item.span.strip();
                int from = 0;
                boolean first = true;
                for (String part : parts) {
                    int at = t.norm().indexOf(part, from);
                    out.add(new Item(t.sub(at, at + part.length()), first ? item.newRun : true));
                    from = at + part.length();
                    first = false;
                }
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private static Role roleOf(String label) {
        return switch (label) {
            case "牵头单位", "牵头部门", "主办单位", "主责单位", "主责部门", "主办部门", "牵头" -> Role.LEAD;
            case "责任单位", "责任部门", "负责单位", "负责部门", "实施单位", "承办单位" -> Role.RESPONSIBLE;
            case "完成时限", "时限要求", "完成时间", "时间要求", "时间节点", "完成期限", "办结时限", "时间安排", "进度安排", "时限" ->
                    Role.DEADLINE;
            case "责任领导", "分管领导", "牵头领导", "牵头市领导", "联系领导", "责任人", "联系人" -> Role.IGNORE;
            default -> Role.COOPERATING;
        };
    }

    static final class Parsed {
        final List<UnitMention> units = new ArrayList<>();
        final List<String> deadlines = new ArrayList<>();
        final List<String> redacted = new ArrayList<>();
    }

    private static final class Builder {
        private final Map<String, UnitMention> lead = new LinkedHashMap<>();
        private final Map<String, UnitMention> coop = new LinkedHashMap<>();
        private String deadline;
        private final List<String> redacted = new ArrayList<>();

        void addList(Parsed p, boolean asLead) {
            for (UnitMention u : p.units) {
                String key = TextNormaliser.compactForm(u.name());
                if (asLead) {
                    lead.putIfAbsent(key, u);
                } else if (!lead.containsKey(key)) {
                    coop.putIfAbsent(key, u);
                }
            }
            if (deadline == null && !p.deadlines.isEmpty()) {
                deadline = String.join("，", p.deadlines);
            }
            redacted.addAll(p.redacted);
        }

        void add(UnitBlock b) {
            b.lead().forEach(u -> lead.putIfAbsent(TextNormaliser.compactForm(u.name()), u));
            b.cooperating().forEach(u -> coop.putIfAbsent(TextNormaliser.compactForm(u.name()), u));
            if (deadline == null) {
                deadline = b.deadlineText();
            }
            redacted.addAll(b.redacted());
        }

        void deadline(String text) {
            if (deadline == null && !text.isBlank()) {
                deadline = text;
            }
        }

        UnitBlock build() {
            return new UnitBlock(List.copyOf(lead.values()), List.copyOf(coop.values()), deadline, List.copyOf(redacted));
        }
    }
}
