package org.supervision.plan.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A table as read from a .docx, .xlsx or .csv, with merged cells already laid out: a cell merged
 * down is repeated in every row it covers (the 重点任务 column merged per section gives each row its
 * section), a cell merged across is null after its first column. It writes the table as the parser
 * reads task tables: rows above the header (the title) and rows of one value across (a section) as
 * lines of their own, a header spread over several rows as one, and every other row as one line with
 * its cells separated by tabs, empty ones included, so cells keep their columns.
 */
final class TableGrid {

    private final List<String[]> rows;
    private final List<String> locations;

    TableGrid(List<String[]> rows, List<String> locations) {
        this.rows = rows;
        this.locations = locations;
    }

    /** Where the header row is, and its names (one per column), or null when this is no task table. */
    record Header(int first, int last, List<String> names) {
    }

    Header header() {
        for (int i = 0; i < rows.size(); i++) {
            if (isHeaderRow(rows.get(i), 3)) {
                String[] names = rows.get(i).clone();
                int last = i;
                while (last + 1 < rows.size() && isHeaderRow(rows.get(last + 1), 1)) {
                    String[] lower = rows.get(++last);
                    for (int c = 0; c < names.length && c < lower.length; c++) {
                        // the lower row names the parts of a heading spread across (责任单位 → 牵头单位 | 配合单位)
                        if (lower[c] != null && !lower[c].isBlank()) {
                            names[c] = lower[c];
                        }
                    }
                }
                List<String> out = new ArrayList<>();
                for (String n : names) {
                    String name = n == null ? "" : clean(n);
                    out.add(name.isEmpty() || TaskTableParser.columnOf(name) == null ? "备注" : name);
                }
                return new Header(i, last, out);
            }
        }
        return null;
    }

    private static boolean isHeaderRow(String[] row, int min) {
        int known = 0;
        boolean task = false;
        for (String cell : row) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            TaskTableParser.Column col = TaskTableParser.columnOf(clean(cell));
            if (col == null) {
                return false;
            }
            known++;
            task |= col == TaskTableParser.Column.TASK;
        }
        return known >= min && (task || min == 1);
    }

    /** Writes the whole table; a table without a task header is written row by row as before. */
    void write(SourceLines out) {
        Header header = header();
        if (header == null) {
            for (int i = 0; i < rows.size(); i++) {
                out.add(line(rows.get(i), false), locations.get(i));
            }
            return;
        }
        writeAbove(header, out);
        out.add(String.join("\t", header.names()), locations.get(header.first()));
        writeRows(header, header.names().size(), out);
    }

    /** The rows above the header (a title row, a 文号): each value once, on a line of its own. */
    void writeAbove(Header header, SourceLines out) {
        for (int i = 0; i < header.first(); i++) {
            for (String value : distinct(rows.get(i))) {
                out.add(value, locations.get(i));
            }
        }
    }

    /** The text of the rows above the header, for a sheet's section when a workbook has a sheet per section. */
    String textAbove(Header header) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < header.first(); i++) {
            values.addAll(distinct(rows.get(i)));
        }
        return String.join(" ", values);
    }

    void writeRows(Header header, int width, SourceLines out) {
        for (int i = header.last() + 1; i < rows.size(); i++) {
            String[] row = rows.get(i);
            Set<String> values = distinct(row);
            if (values.isEmpty()) {
                continue;
            }
            if (values.size() == 1 && singleCellAcross(row)) {
                out.add(values.iterator().next(), locations.get(i));
                continue;
            }
            String[] padded = new String[width];
            for (int c = 0; c < width; c++) {
                padded[c] = c < row.length ? row[c] : "";
            }
            out.add(line(padded, true), locations.get(i));
        }
    }

    /** A row whose one value spans the table (merged across, or alone in its row): a section or a note. */
    private static boolean singleCellAcross(String[] row) {
        int filled = 0;
        for (String c : row) {
            if (c != null && !c.isBlank()) {
                filled++;
            }
        }
        return filled == 1;
    }

    private static Set<String> distinct(String[] row) {
        Set<String> values = new LinkedHashSet<>();
        for (String c : row) {
            if (c != null && !clean(c).isEmpty()) {
                values.add(clean(c));
            }
        }
        return values;
    }

    /** One row as one line: a cell's own line breaks and tabs become spaces. */
    static String line(String[] cells, boolean keepEmpty) {
        List<String> clean = new ArrayList<>(cells.length);
        for (String c : cells) {
            clean.add(c == null ? "" : clean(c));
        }
        int last = clean.size();
        while (!keepEmpty && last > 0 && clean.get(last - 1).isEmpty()) {
            last--;
        }
        return String.join("\t", clean.subList(0, last));
    }

    static String clean(String cell) {
        return cell.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
