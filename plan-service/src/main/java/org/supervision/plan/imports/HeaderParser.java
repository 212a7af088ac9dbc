package org.supervision.plan.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a plan: the lines before its first heading (and, for the date, the last
 * lines, where some plans sign off). Titles are often broken over two lines, and the notice
 * that issues a plan ({@code 关于印发《…》的通知}) names it too.
 */
final class HeaderParser {

    private static final Pattern DOC_NUMBER = Pattern.compile(
            "[\\u4e00-\\u9fa5]{1,12}\\((\\d{4})\\)\\s*\\d{1,4}\\s*号");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\(?(\\d{4}|[二〇○零0一二三四五六七八九]{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,2})\\s*月\\s*"
            + "(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日\\)?$");
    private static final Pattern ISSUER = Pattern.compile(
            "(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|领导小组|指挥部|联席会议|局|厅|委|政府)$");
    private static final Pattern TITLE_END = Pattern.compile(
            "(方案|要点|措施|计划|意见|办法|规划|清单|细则|纲要|举措|安排|任务|行动|通知|规定|条例|决定|分工)(\\([^()]*\\))?$");
    private static final Pattern NOTICE = Pattern.compile("关于印发(.+)的通知");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})");

    private HeaderParser() {
    }

    static PlanHeader parse(List<String> lines, int bodyStart) {
        int end = Math.min(bodyStart < 0 ? Math.min(lines.size(), 40) : bodyStart, lines.size());
        String docNumber = null;
        LocalDate issuedOn = null;
        int dateLine = -1;
        for (int i = 0; i < end; i++) {
            String n = TextNormaliser.parseForm(lines.get(i)).strip();
            if (docNumber == null) {
                Matcher m = DOC_NUMBER.matcher(n);
                if (m.find() && !n.contains("印发") && n.length() < 40) {
                    docNumber = lines.get(i).strip().substring(m.start(), m.end());
                }
            }
            if (issuedOn == null) {
                issuedOn = date(n);
                if (issuedOn != null) {
                    dateLine = i;
                }
            }
        }
        if (issuedOn == null) {
            for (int i = lines.size() - 1; i >= Math.max(end, lines.size() - 15); i--) {
                issuedOn = date(TextNormaliser.parseForm(lines.get(i)).strip());
                if (issuedOn != null) {
                    dateLine = i;
                    break;
                }
            }
        }
        String issuer = null;
        for (int i = dateLine - 1; i >= 0 && i >= dateLine - 3 && issuer == null; i--) {
            issuer = issuerOf(lines.get(i));
        }
        for (int i = 0; i < Math.min(end, 8) && issuer == null; i++) {
            issuer = issuerOf(lines.get(i));
        }
        String title = title(lines, end);
        Integer year = null;
        if (title != null) {
            Matcher y = YEAR.matcher(title);
            if (y.find()) {
                year = Integer.parseInt(y.group(1));
            }
        }
        if (year == null && issuedOn != null) {
            year = issuedOn.getYear();
        }
        if (year == null && docNumber != null) {
            Matcher y = YEAR.matcher(docNumber);
            if (y.find()) {
                year = Integer.parseInt(y.group(1));
            }
        }
        return new PlanHeader(title, docNumber, issuer, issuedOn, year);
    }

    private static LocalDate date(String n) {
        Matcher m = DATE_LINE.matcher(n.replaceAll("\\s+", ""));
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(DeadlineParser.parseYear(m.group(1)), DeadlineParser.parseSmall(m.group(2)),
                    DeadlineParser.parseSmall(m.group(3)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String issuerOf(String line) {
        String t = line.strip();
        String n = TextNormaliser.parseForm(t);
        if (t.isEmpty() || t.length() > 40 || n.matches(".*[,:;。、].*") || n.contains("关于") || n.contains("印发")
                || TITLE_END.matcher(n).find() && !ISSUER.matcher(n).find()) {
            return null;
        }
        return ISSUER.matcher(n).find() ? t : null;
    }

    private static String title(List<String> lines, int end) {
        List<String> groups = new ArrayList<>();
        String notice = null;
        StringBuilder pending = null;
        for (int i = 0; i < end; i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                continue;
            }
            String n = TextNormaliser.parseForm(t);
            boolean candidate = t.length() <= 70 && !n.contains("。") && !n.endsWith(":") && !n.endsWith(",")
                    && date(n) == null && !(n.startsWith("(") && n.endsWith(")")) && !DOC_NUMBER.matcher(n).find()
                    && issuerOf(t) == null;
            if (!candidate) {
                pending = null;
                continue;
            }
            if (pending != null) {
                String prev = TextNormaliser.parseForm(pending.toString());
                boolean unclosed = prev.chars().filter(c -> c == '《').count() > prev.chars().filter(c -> c == '》').count();
                if (unclosed || !TITLE_END.matcher(prev).find() && TITLE_END.matcher(n).find()) {
                    pending.append(t);
                    groups.set(groups.size() - 1, pending.toString());
                    continue;
                }
            }
            pending = new StringBuilder(t);
            groups.add(t);
        }
        String best = null;
        for (String g : groups) {
            String n = TextNormaliser.parseForm(g);
            Matcher m = NOTICE.matcher(n);
            if (m.find()) {
                if (notice == null) {
                    notice = g.substring(m.start(1), m.end(1)).replaceAll("^《|》$", "");
                }
                continue;
            }
            if (TITLE_END.matcher(n).find()) {
                best = g;
            }
        }
        return best != null ? best : notice;
    }
}
