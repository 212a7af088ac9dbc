package org.supervision.plan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Task tables (任务分工表) pasted as text: either one cell per line ({@code 序号}, {@code 重点工作},
 * {@code 责任单位}, … then {@code 1}, the task, the units, …) or one row per line with tabs,
 * bars or wide spaces between cells. Columns are recognised by their header's meaning.
 */
final class TaskTableParser {

    enum Column { NUMBER, SECTION, TASK, LEAD, RESPONSIBLE, COOPERATING, LEADER, DEADLINE, OTHER }

    /** One row: its cells by column, the line it started on, and its section (a merged 重点任务 cell, a section row). */
    record Row(int line, String number, String task, String lead, String cooperating, String deadline, String section) {
    }

    /** Rows found, and the index range of {@code lines} the table covered. */
    record Table(List<Row> rows, int from, int to) {
    }

    private static final Pattern CELL_SPLIT = Pattern.compile("\\t+|\\s*\\|\\s*|\\s{2,}|\\u3000{1,}");

    private static final Pattern H0 = Pattern.compile("序号|编号|序|号");
    private static final Pattern H1 = Pattern.compile("(主要|重点|具体|工作|改革|政策)?(工作|任务|措施|举措|事项|内容)(内容|事项|举措|措施|任务)?|任务名称|工作措施");
    private static final Pattern H2 = Pattern.compile("(牵头|主责|主办)(单位|部门)");
    private static final Pattern H3 = Pattern.compile("(责任|负责|实施)(单位|部门)");
    private static final Pattern H4 = Pattern.compile("(配合|协办|参与|协作|协同)(单位|部门)");
    private static final Pattern H5 = Pattern.compile("(责任|分管|牵头|联系)(市)?领导|责任人");
    private static final Pattern H6 = Pattern.compile("(完成)?(时限|时间|期限)(要求|节点|安排)?|时间节点|进度安排|完成时限");
    private static final Pattern H7 = Pattern.compile("备注|(工作|预期)?(目标|成效|成果)|指标|考核指标");

    private TaskTableParser() {
    }

    static Column columnOf(String header) {
        if (header.length() > 12) {
            return null;
        }
        String h = TextNormaliser.compactForm(header);
        if (H0.matcher(h).matches()) {
            return Column.NUMBER;
        }
        if (H1.matcher(h).matches()) {
            return Column.TASK;
        }
        if (H2.matcher(h).matches()) {
            return Column.LEAD;
        }
        if (H3.matcher(h).matches()) {
            return Column.RESPONSIBLE;
        }
        if (H4.matcher(h).matches()) {
            return Column.COOPERATING;
        }
        if (H5.matcher(h).matches()) {
            return Column.LEADER;
        }
        if (H6.matcher(h).matches()) {
            return Column.DEADLINE;
        }
        if (H7.matcher(h).matches()) {
            return Column.OTHER;
        }
        return null;
    }

    /** Finds the first task table in {@code lines[from, to)}; null when there is none. */
    static Table find(List<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                continue;
            }
            List<Column> oneLine = headerRow(t);
            if (oneLine != null) {
                Table table = rowsPerLine(lines, i + 1, to, oneLine);
                if (!table.rows().isEmpty()) {
                    return new Table(table.rows(), i, table.to());
                }
            }
            List<Column> cols = new ArrayList<>();
            int j = i;
            while (j < to) {
                String c = lines.get(j).strip();
                if (c.isEmpty()) {
                    j++;
                    continue;
                }
                Column col = c.length() <= 8 ? columnOf(c) : null;
                if (col == null) {
                    break;
                }
                cols.add(col);
                j++;
            }
            if (cols.size() >= 3 && cols.contains(Column.NUMBER) && cols.contains(Column.TASK)) {
                Table table = cellPerLine(lines, j, to, withSection(cols));
                if (!table.rows().isEmpty()) {
                    return new Table(table.rows(), i, table.to());
                }
            }
        }
        return null;
    }

    private static List<Column> headerRow(String line) {
        String[] cells = CELL_SPLIT.split(line.strip());
        if (cells.length < 3) {
            return null;
        }
        List<Column> cols = new ArrayList<>();
        for (String c : cells) {
            Column col = columnOf(c);
            if (col == null) {
                return null;
            }
            cols.add(col);
        }
        return cols.contains(Column.TASK) ? withSection(cols) : null;
    }

    /**
     * Two task-like columns (重点任务 | 具体措施): the first names the section a measure belongs to,
     * often merged down over the section's rows; the second is the measure.
     */
    private static List<Column> withSection(List<Column> cols) {
        int first = cols.indexOf(Column.TASK);
        if (first >= 0 && cols.lastIndexOf(Column.TASK) != first) {
            List<Column> out = new ArrayList<>(cols);
            out.set(first, Column.SECTION);
            return out;
        }
        return cols;
    }

    private static Table rowsPerLine(List<String> lines, int from, int to, List<Column> cols) {
        List<Row> rows = new ArrayList<>();
        String section = null;
        int single = 0;
        int i = from;
        int end = from;
        for (; i < to; i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                continue;
            }
            List<String> list = cells(lines.get(i).replace("\r", ""), cols.size());
            if (list.size() < 2) {
                // a row of one value across the table: the section of the rows below it (a sheet per section
                // gives one too); two such lines, or a paragraph, after the rows: the table has ended
                if (!rows.isEmpty() && (++single >= 2 || t.length() > 80)) {
                    break;
                }
                section = t.length() <= 80 ? t : section;
                continue;
            }
            single = 0;
            int numberAt = cols.indexOf(Column.NUMBER);
            String number = numberAt < 0 ? null : list.size() == cols.size() ? list.get(numberAt) : list.get(0);
            if (number != null && ChineseNumerals.toInt(number.replaceAll("[、.．,，]$", "")) > 0) {
                // 一 | 优化营商环境 (the rest empty or merged): a section row numbered in the 序号 column
                section = number.replaceAll("[、.．,，]$", "") + "、" + firstTextAfter(list, numberAt);
                end = i + 1;
                continue;
            }
            if (number == null || number.matches("\\d{1,6}")) {
                Row row = row(i + 1, cols, list);
                rows.add(row.section() == null && section != null ? withSection(row, section) : row);
                end = i + 1;
            }
        }
        return new Table(rows, from, rows.isEmpty() ? i : end);
    }

    private static Row withSection(Row r, String section) {
        return new Row(r.line(), r.number(), r.task(), r.lead(), r.cooperating(), r.deadline(), section);
    }

    private static String firstTextAfter(List<String> cells, int at) {
        for (int k = at + 1; k < cells.size(); k++) {
            if (!cells.get(k).isBlank()) {
                return cells.get(k).strip();
            }
        }
        return "";
    }

    /**
     * The cells of one row. A row read from a spreadsheet or .docx table has exactly one tab
     * between cells, empty ones included, so it maps by position; a row typed with runs of spaces
     * or tabs for alignment loses its empty cells and is mapped by what each cell looks like.
     */
    static List<String> cells(String line, int columns) {
        if (line.indexOf('\t') >= 0) {
            String[] exact = line.split("\t", -1);
            if (exact.length == columns) {
                List<String> out = new ArrayList<>();
                for (String c : exact) {
                    out.add(c.strip());
                }
                return out;
            }
        }
        List<String> out = new ArrayList<>();
        for (String c : CELL_SPLIT.split(line)) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }

    private static Table cellPerLine(List<String> lines, int from, int to, List<Column> cols) {
        List<Row> rows = new ArrayList<>();
        int expected = 1;
        List<String> cells = null;
        int rowLine = -1;
        int i = from;
        for (; i < to; i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.equals(String.valueOf(expected))) {
                if (cells != null) {
                    rows.add(row(rowLine, cols, cells));
                }
                cells = new ArrayList<>();
                cells.add(t);
                rowLine = i + 1;
                expected++;
                continue;
            }
            if (cells == null) {
                continue;
            }
            if (TextNormaliser.parseForm(t).matches("^[一二三四五六七八九十]+、.*") || t.startsWith("附件")) {
                break;
            }
            cells.add(t);
        }
        if (cells != null) {
            rows.add(row(rowLine, cols, cells));
        }
        return new Table(rows, from, i);
    }

    /** Maps cells to columns by position; when cells are missing, by what each cell looks like. */
    private static Row row(int line, List<Column> cols, List<String> cells) {
        String number = null;
        String task = null;
        String lead = null;
        String responsible = null;
        String coop = null;
        String deadline = null;
        String section = null;
        boolean positional = cells.size() == cols.size();
        for (int k = 0; k < cells.size(); k++) {
            String c = cells.get(k).strip();
            Column col;
            if (positional) {
                col = cols.get(k);
            } else if (k == 0 && cols.get(0) == Column.NUMBER) {
                col = Column.NUMBER;
            } else if (task == null) {
                col = Column.TASK;
            } else if (DeadlineParser.looksLikeDeadline(c) && cols.contains(Column.DEADLINE)) {
                col = Column.DEADLINE;
            } else if (UnitListParser.looksLikeUnit(c.split("[、,，;；]")[0])) {
                col = lead == null && responsible == null
                        ? (cols.contains(Column.LEAD) ? Column.LEAD : Column.RESPONSIBLE)
                        : Column.COOPERATING;
            } else {
                col = Column.OTHER;
            }
            switch (col) {
                case NUMBER -> number = c;
                case SECTION -> section = c.isEmpty() ? null : c;
                case TASK -> task = task == null ? c : task + c;
                case LEAD -> lead = c;
                case RESPONSIBLE -> responsible = c;
                case COOPERATING -> coop = coop == null ? c : coop + "、" + c;
                case DEADLINE -> deadline = c;
                default -> { }
            }
        }
        if (responsible != null) {
            if (lead == null) {
                lead = responsible;
            } else {
                coop = coop == null ? responsible : responsible + "、" + coop;
            }
        }
        return new Row(line, number, task, lead, coop, deadline, section);
    }
}
