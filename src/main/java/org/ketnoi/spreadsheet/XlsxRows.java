package org.ketnoi.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.ketnoi.shared.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * One sheet of an .xlsx (the first, or the one chosen by name or position), read as a stream of SAX events so a large file never becomes a large
 * object tree. Formulas give their cached results (nothing is evaluated); a merged cell's value is in
 * its top-left cell only; whole numbers read as plain digits (a tax code or phone number stored as a
 * number does not turn into {@code 1.23E+11}); dates read as ISO dates. POI's zip-bomb guard (minimum
 * inflation ratio, entry size) stays on, with a lower entry limit than POI's default.
 */
final class XlsxRows {

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    private final ImportLimits limits;

    XlsxRows(ImportLimits limits) {
        this.limits = limits;
    }

    /** The first sheet's rows. */
    List<Sheet.Row> read(byte[] bytes) {
        return read(bytes, null);
    }

    /**
     * The rows of the sheet named {@code sheet} (exactly, else ignoring case), or at that position
     * counting from 1 when no sheet has that name; the first sheet when {@code sheet} is blank.
     *
     * @throws InvalidInputException on {@code sheet} when the workbook has no such sheet
     */
    List<Sheet.Row> read(byte[] bytes, @Nullable String sheet) {
        return open(bytes, pkg -> chosenSheet(pkg, sheet));
    }

    /** The names of the workbook's sheets, in the workbook's order. */
    List<String> sheetNames(byte[] bytes) {
        return open(bytes, XlsxRows::names);
    }

    private interface PackageReader<T> {
        T read(OPCPackage pkg) throws Exception;
    }

    private static <T> T open(byte[] bytes, PackageReader<T> work) {
        Path file = null;
        try {
            file = Files.createTempFile("ketnoi-import-", ".xlsx");
            Files.write(file, bytes);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return work.read(pkg);
            }
        } catch (InvalidInputException ours) {
            throw ours;
        } catch (Exception broken) {
            throw SheetReader.failure(isZipBomb(broken) ? "import.error.zip-bomb" : "import.error.xlsx-broken");
        } finally {
            delete(file);
        }
    }

    private static List<String> names(OPCPackage pkg) throws Exception {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
        List<String> names = new ArrayList<>();
        while (sheets.hasNext()) {
            try (InputStream ignored = sheets.next()) {
                names.add(sheets.getSheetName());
            }
        }
        return names;
    }

    private List<Sheet.Row> chosenSheet(OPCPackage pkg, @Nullable String chosen) throws Exception {
        int index = index(names(pkg), chosen);
        XSSFReader reader = new XSSFReader(pkg);
        SharedStrings strings = reader.getSharedStringsTable();
        StylesTable styles = reader.getStylesTable();
        Iterator<InputStream> sheets = reader.getSheetsData();
        for (int i = 0; i < index; i++) {
            sheets.next().close();
        }
        Collector collector = new Collector(limits);
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector, new PlainFormatter(), false));
            parser.parse(new InputSource(sheet));
        }
        return collector.rows;
    }

    /** Where the chosen sheet is among {@code names}, counted from 0. */
    static int index(List<String> names, @Nullable String chosen) {
        if (names.isEmpty()) {
            throw SheetReader.failure("import.error.sheet-empty");
        }
        if (chosen == null || chosen.isBlank()) {
            return 0;
        }
        String wanted = chosen.strip();
        int exact = names.indexOf(wanted);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        if (wanted.matches("\\d{1,4}")) {
            int position = Integer.parseInt(wanted);
            if (position >= 1 && position <= names.size()) {
                return position - 1;
            }
        }
        throw new InvalidInputException("sheet", "import.error.sheet-unknown", wanted, String.join(", ", names));
    }

    private static boolean isZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            file.toFile().deleteOnExit();
        }
    }

    /** Collects rows, checking the limits as they stream in so a huge sheet stops early. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        /** Invisible control characters (Excel writes them as {@code _x0000_}); PostgreSQL refuses NUL. */
        private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

        private final ImportLimits limits;
        private final List<Sheet.Row> rows = new ArrayList<>();
        private List<String> cells = new ArrayList<>();
        private int filled;

        Collector(ImportLimits limits) {
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (++filled > limits.maxRows() + SheetReader.ROWS_ABOVE_DATA) {
                throw SheetReader.failure("import.error.too-many-rows", limits.maxRows());
            }
            rows.add(new Sheet.Row(rowNum + 1, cells));
        }

        @Override
        public void cell(String reference, String rawValue, XSSFComment comment) {
            if (reference == null || rawValue == null) {
                return;
            }
            String formattedValue = CONTROL.matcher(rawValue).replaceAll("");
            CellReference at = new CellReference(reference);
            int column = at.getCol();
            if (formattedValue.isBlank()) {
                return;
            }
            SheetReader.checkCell(limits, at.getRow(), column, formattedValue);
            while (cells.size() < column) {
                cells.add("");
            }
            if (cells.size() == column) {
                cells.add(formattedValue);
            } else {
                cells.set(column, formattedValue);
            }
        }
    }

    /** Whole numbers as digits, dates as ISO dates, everything else as the cell's format shows it. */
    private static final class PlainFormatter extends DataFormatter {

        PlainFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            if (Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
