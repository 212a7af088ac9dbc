package org.supervision.task.bulletin;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes rows into a sheet the safe way: numbers as numbers, text always as text. Text that Excel would take
 * for a formula when edited (starting with = + - @, a tab or a return: formula injection) is kept as text and
 * marked quote-prefixed, so neither opening nor re-entering the cell runs it.
 */
public final class SafeCells {

    private final CellStyle quoted;

    public SafeCells(Workbook book) {
        this.quoted = book.createCellStyle();
        this.quoted.setQuotePrefixed(true);
    }

    public void sheet(Workbook book, String name, List<String> header, List<List<Object>> rows) {
        Sheet sheet = book.createSheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            head.createCell(c).setCellValue(header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                write(row.createCell(c), cells.get(c));
            }
        }
    }

    void write(Cell cell, Object v) {
        if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v != null) {
            String s = v.toString();
            cell.setCellValue(s);
            if (looksLikeFormula(s)) {
                cell.setCellStyle(quoted);
            }
        }
    }

    static boolean looksLikeFormula(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }
}
