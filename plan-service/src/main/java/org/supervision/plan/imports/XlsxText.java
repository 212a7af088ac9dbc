package org.supervision.plan.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a .xlsx 任务分工表: merged regions laid out ({@link TableGrid}), a title row above the header,
 * and either one sheet for all or one sheet per section, where the sheet's name (or the row above its
 * header) is the section of its rows.
 */
final class XlsxText {

    /** A sheet larger than this is no task table; laying it out would only cost memory. */
    private static final long MAX_CELLS = 2_000_000;

    private XlsxText() {
    }

    static DocumentText.Read read(byte[] bytes, List<DocumentText.Note> notes) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<Sheet> sheets = new ArrayList<>();
            List<TableGrid> grids = new ArrayList<>();
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                if (!book.isSheetHidden(i) && !book.isSheetVeryHidden(i)) {
                    sheets.add(book.getSheetAt(i));
                    grids.add(grid(book.getSheetAt(i)));
                }
            }
            SourceLines out = new SourceLines();
            List<Integer> tables = new ArrayList<>();
            for (int i = 0; i < grids.size(); i++) {
                if (grids.get(i).header() != null) {
                    tables.add(i);
                }
            }
            boolean sheetPerSection = tables.size() > 1 && !hasSectionColumn(grids.get(tables.get(0)).header());
            if (!sheetPerSection) {
                grids.forEach(g -> g.write(out));
            } else {
                TableGrid first = grids.get(tables.get(0));
                TableGrid.Header header = first.header();
                first.writeAbove(header, out);
                out.add(String.join("\t", header.names()), "sheet " + sheets.get(tables.get(0)).getSheetName());
                for (int i : tables) {
                    TableGrid g = grids.get(i);
                    TableGrid.Header h = g.header();
                    String name = sheets.get(i).getSheetName();
                    String section = name.matches("(?i)sheet\\s*\\d+|工作表\\s*\\d+") || i == tables.get(0) && name.isBlank()
                            ? g.textAbove(h) : name;
                    if (!section.isBlank()) {
                        out.add(section, "sheet " + name);
                    }
                    g.writeRows(h, header.names().size(), out);
                }
            }
            return new DocumentText.Read(out.text(), DocumentFormat.XLSX, notes, null, out.locations());
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalStateException | IllegalArgumentException
                 | ClassCastException | IndexOutOfBoundsException | NullPointerException e) {
            throw new UnreadableDocumentException("document-format", "The .xlsx file cannot be read: it is damaged or not an Excel workbook.", e);
        }
    }

    private static boolean hasSectionColumn(TableGrid.Header header) {
        return header.names().stream().filter(n -> TaskTableParser.columnOf(n) == TaskTableParser.Column.TASK).count() > 1;
    }

    /** The sheet's cells, a region merged down repeated in each row, one merged across null after its first column. */
    private static TableGrid grid(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        int lastRow = sheet.getLastRowNum();
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        if ((long) (lastRow + 1) * Math.max(width, 1) > MAX_CELLS) {
            throw new UnreadableDocumentException("document-too-large", "The sheet '" + sheet.getSheetName()
                    + "' spans more than " + MAX_CELLS + " cells; a task table is far smaller.");
        }
        List<String[]> rows = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            String[] cells = new String[width];
            Row row = sheet.getRow(r);
            for (int c = 0; c < width; c++) {
                Cell cell = row == null ? null : row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                cells[c] = cell == null ? "" : formatter.formatCellValue(cell);
            }
            rows.add(cells);
            locations.add("sheet " + sheet.getSheetName() + " row " + (r + 1));
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int top = Math.max(region.getFirstRow(), 0);
            int left = Math.max(region.getFirstColumn(), 0);
            if (top >= rows.size() || left >= width) {
                continue;
            }
            String value = rows.get(top)[left];
            for (int r = top; r <= Math.min(region.getLastRow(), rows.size() - 1); r++) {
                for (int c = left; c <= Math.min(region.getLastColumn(), width - 1); c++) {
                    rows.get(r)[c] = c == left ? value : null;
                }
            }
        }
        return new TableGrid(rows, locations);
    }
}
