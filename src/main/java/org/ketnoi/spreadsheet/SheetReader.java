package org.ketnoi.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.shared.InvalidInputException;

/**
 * Reads an uploaded .xlsx or .csv into a {@link Sheet}, recognising the format by its first bytes
 * (whatever the name or declared type says). Any file that cannot be read, however broken, ends in
 * an {@link InvalidInputException} on {@code file} with a message key; nothing else escapes.
 */
public final class SheetReader {

    /** Title rows above the header ("DANH SÁCH DOANH NGHIỆP…") are skipped within this many rows. */
    private static final int HEADER_SEARCH_ROWS = 20;

    /** Non-empty rows allowed on top of the data row limit (titles and the header) while reading. */
    static final int ROWS_ABOVE_DATA = HEADER_SEARCH_ROWS + 1;

    private final ImportLimits limits;

    public SheetReader(ImportLimits limits) {
        this.limits = limits;
    }

    public Sheet read(String fileName, byte[] bytes) {
        return read(fileName, bytes, null);
    }

    /**
     * Reads the chosen sheet of an .xlsx: by name, or by position counting from 1; blank means the
     * first. A CSV file has one sheet, so the choice is ignored.
     */
    public Sheet read(String fileName, byte[] bytes, @Nullable String sheet) {
        if (bytes.length == 0) {
            throw failure("import.error.file-empty");
        }
        if (bytes.length > limits.maxFileSize().toBytes()) {
            throw failure("import.error.file-too-large", limits.maxFileSize().toMegabytes());
        }
        List<Sheet.Row> rows;
        try {
            rows = isXlsx(bytes) ? new XlsxRows(limits).read(bytes, sheet) : readOther(bytes);
        } catch (StackOverflowError | OutOfMemoryError tooDeep) {
            throw failure("import.error.xlsx-broken");
        }
        return sheet(fileName, rows);
    }

    /**
     * The names of the sheets of an .xlsx in the workbook's order; empty for any other file, and for
     * a file that cannot be read (reading it reports why).
     */
    public List<String> sheetNames(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > limits.maxFileSize().toBytes() || !isXlsx(bytes)) {
            return List.of();
        }
        try {
            return new XlsxRows(limits).sheetNames(bytes);
        } catch (InvalidInputException | StackOverflowError | OutOfMemoryError unreadable) {
            return List.of();
        }
    }

    private static boolean isXlsx(byte[] bytes) {
        return startsWith(bytes, 0x50, 0x4B, 0x03, 0x04);
    }

    private List<Sheet.Row> readOther(byte[] bytes) {
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw failure("import.error.xls-unsupported");
        }
        if (startsWith(bytes, 0x50, 0x4B)) {
            throw failure("import.error.xlsx-broken");
        }
        return new CsvRows(limits).read(bytes);
    }

    private Sheet sheet(String fileName, List<Sheet.Row> rows) {
        List<Sheet.Row> filled =
                rows.stream().filter(row -> !blank(row.cells())).toList();
        if (filled.isEmpty()) {
            throw failure("import.error.sheet-empty");
        }
        Sheet.Row header = filled.stream()
                .limit(HEADER_SEARCH_ROWS)
                .filter(row -> nonBlankCells(row.cells()) >= 2)
                .findFirst()
                .orElse(filled.getFirst());
        List<Sheet.Row> data = new ArrayList<>();
        for (Sheet.Row row : filled) {
            if (row.number() > header.number()) {
                data.add(row);
            }
        }
        if (data.isEmpty()) {
            throw failure("import.error.no-data-rows");
        }
        if (data.size() > limits.maxRows()) {
            throw failure("import.error.too-many-rows", limits.maxRows());
        }
        return new Sheet(fileName.strip(), header.cells(), data);
    }

    private static boolean blank(List<String> cells) {
        return nonBlankCells(cells) == 0;
    }

    private static long nonBlankCells(List<String> cells) {
        return cells.stream().filter(cell -> !cell.isBlank()).count();
    }

    static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static InvalidInputException failure(String key, Object... arguments) {
        return new InvalidInputException("file", key, arguments);
    }

    /** Checks one cell against the limits; columns and rows counted from 0. */
    static void checkCell(ImportLimits limits, int row, int column, String value) {
        if (column >= limits.maxColumns()) {
            throw failure("import.error.too-many-columns", limits.maxColumns());
        }
        if (value.length() > limits.maxCellLength()) {
            throw failure("import.error.cell-too-long", row + 1, Sheet.letter(column), limits.maxCellLength());
        }
    }
}
