package org.ketnoi.spreadsheet;

import java.io.Serializable;
import java.util.List;

/**
 * The first sheet of an uploaded file as text: the header row and the data rows below it. Kept in the
 * session between the wizard's steps, hence serialisable.
 *
 * @param headers the header row's cells, blank for unnamed columns
 * @param rows the non-empty rows below the header
 */
public record Sheet(String fileName, List<String> headers, List<Row> rows) implements Serializable {

    public Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * One row as the spreadsheet program numbers it.
     *
     * @param number the row number the user sees (1 = the first line of the file)
     */
    public record Row(int number, List<String> cells) implements Serializable {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The trimmed cell, empty when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }
    }

    /** The header of a column as the file names it, or its letter when the header is blank. */
    public String columnName(int column) {
        String header = column < headers.size() ? headers.get(column).strip() : "";
        return header.isEmpty() ? letter(column) : header;
    }

    static String letter(int column) {
        StringBuilder name = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rest = (n - 1) % 26;
            name.insert(0, (char) ('A' + rest));
            n = (n - 1) / 26;
        }
        return name.toString();
    }
}
