package org.ketnoi.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ketnoi.shared.InvalidInputException;
import org.springframework.util.unit.DataSize;

class SheetReaderTest {

    private final SheetReader reader = new SheetReader(SpreadsheetFiles.limits());

    @Test
    void csv_withBomAndSemicolons_readsVietnameseAndChinese() {
        byte[] file = SpreadsheetFiles.csv(
                ';',
                List.of(
                        List.of("Mã số thuế", "Tên doanh nghiệp", "公司名称"),
                        List.of("0101234567", "Cà phê; Đắk Lắk", "咖啡")));

        Sheet sheet = reader.read("ds.csv", file);

        assertThat(sheet.headers()).containsExactly("Mã số thuế", "Tên doanh nghiệp", "公司名称");
        assertThat(sheet.rows()).containsExactly(new Sheet.Row(2, List.of("0101234567", "Cà phê; Đắk Lắk", "咖啡")));
    }

    @Test
    void csv_withCommasAndNoBom_readsQuotedLineBreaks() {
        byte[] file = "Tax code,Company name\n123456,\"Line one\nline two\"\n".getBytes(StandardCharsets.UTF_8);

        Sheet sheet = reader.read("list.csv", file);

        assertThat(sheet.rows()).containsExactly(new Sheet.Row(2, List.of("123456", "Line one\nline two")));
    }

    @Test
    void csv_inAnotherEncoding_isRefusedWithAClearError() {
        byte[] file = "Tên doanh nghiệp,Mã số thuế\nCông ty,1234567\n".getBytes(Charset.forName("windows-1258"));

        assertThatThrownBy(() -> reader.read("ds.csv", file)).satisfies(e -> key(e, "import.error.encoding"));
    }

    @Test
    void csv_withAnUnclosedQuote_isRefused() {
        byte[] file = "a,b\n\"x,y\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("ds.csv", file)).satisfies(e -> key(e, "import.error.csv-broken"));
    }

    @Test
    void titleRowsAboveTheHeader_areSkipped() {
        byte[] file = SpreadsheetFiles.xlsx(List.of(
                List.of("DANH SÁCH DOANH NGHIỆP THAM DỰ"), List.of(), List.of("MST", "Tên"), List.of("123456", "A")));

        Sheet sheet = reader.read("ds.xlsx", file);

        assertThat(sheet.headers()).containsExactly("MST", "Tên");
        assertThat(sheet.rows()).containsExactly(new Sheet.Row(4, List.of("123456", "A")));
    }

    @Test
    void xlsx_numbersDatesFormulasAndMergedCells_readAsTheUserSeesThem() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Tax");
            header.createCell(1).setCellValue("Founded");
            header.createCell(2).setCellValue("Sum");
            header.createCell(3).setCellValue("Name");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(1234567890123d);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            row.createCell(1).setCellValue(LocalDate.of(2008, 3, 15));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellFormula("1+2");
            row.createCell(3).setCellValue("Merged");
            sheet.createRow(2).createCell(0).setCellValue(2.5);
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 3, 3));
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            file = out.toByteArray();
        }

        Sheet sheet = reader.read("x.xlsx", file);

        assertThat(sheet.rows())
                .containsExactly(
                        new Sheet.Row(2, List.of("1234567890123", "2008-03-15", "3", "Merged")),
                        new Sheet.Row(3, List.of("2.5")));
    }

    @Test
    void brokenFiles_getTheirOwnClearErrors() {
        byte[] xlsx = SpreadsheetFiles.xlsx(List.of(List.of("a", "b"), List.of("1", "2")));
        byte[] truncated = Arrays.copyOf(xlsx, xlsx.length / 2);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertThatThrownBy(() -> reader.read("x.xlsx", truncated)).satisfies(e -> key(e, "import.error.xlsx-broken"));
        assertThatThrownBy(() -> reader.read("x.xls", ole2)).satisfies(e -> key(e, "import.error.xls-unsupported"));
        assertThatThrownBy(() -> reader.read("x.csv", new byte[0])).satisfies(e -> key(e, "import.error.file-empty"));
        assertThatThrownBy(() -> reader.read("x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}))
                .satisfies(e -> key(e, "import.error.encoding"));
        assertThatThrownBy(() -> reader.read("x.csv", "a,b\n".getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> key(e, "import.error.no-data-rows"));
        assertThatThrownBy(() -> reader.read("x.xlsx", SpreadsheetFiles.xlsx(List.of())))
                .satisfies(e -> key(e, "import.error.sheet-empty"));
    }

    @Test
    void zipBomb_isRefused() {
        byte[] xlsx = SpreadsheetFiles.xlsx(List.of(List.of("a", "b"), List.of("1", "2")));
        byte[] bomb = SpreadsheetFiles.zipBomb(xlsx, 64 * 1024 * 1024);

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> reader.read("bomb.xlsx", bomb)).satisfies(e -> key(e, "import.error.zip-bomb"));
    }

    @Test
    void limits_onSizeRowsAndCells_areEnforced() {
        SheetReader small = new SheetReader(new ImportLimits(DataSize.ofKilobytes(1), 3, 5, 100));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("a", "b"));
        for (int i = 0; i < 4; i++) {
            rows.add(List.of("x" + i, "y"));
        }

        assertThatThrownBy(() -> small.read("x.csv", new byte[2000]))
                .satisfies(e -> key(e, "import.error.file-too-large"));
        assertThatThrownBy(() -> small.read("x.csv", SpreadsheetFiles.csv(',', rows)))
                .satisfies(e -> key(e, "import.error.too-many-rows"));
        assertThatThrownBy(() -> small.read(
                        "x.csv", SpreadsheetFiles.csv(',', List.of(List.of("a", "b"), List.of("x", "y".repeat(101))))))
                .satisfies(e -> key(e, "import.error.cell-too-long"));
        assertThatThrownBy(() ->
                        small.read("x.csv", SpreadsheetFiles.csv(',', List.of(List.of("a", "b", "c", "d", "e", "f")))))
                .satisfies(e -> key(e, "import.error.too-many-columns"));
    }

    static void key(Throwable e, String key) {
        assertThat(e).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) e).messageKey()).isEqualTo(key);
        assertThat(((InvalidInputException) e).field()).isEqualTo("file");
    }
}
