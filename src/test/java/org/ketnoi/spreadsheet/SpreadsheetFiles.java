package org.ketnoi.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.util.unit.DataSize;

/** Builds .xlsx and .csv files for tests, including damaged ones. */
public final class SpreadsheetFiles {

    private SpreadsheetFiles() {}

    public static ImportLimits limits() {
        return new ImportLimits(DataSize.ofMegabytes(5), 5000, 100, 10_000);
    }

    /** An .xlsx whose first sheet holds the rows as text cells. */
    public static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Danh sách");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An .xlsx with one sheet per entry, in the map's order, each holding its rows as text cells. */
    public static byte[] xlsx(java.util.SequencedMap<String, List<List<String>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                XSSFSheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 CSV with a byte order mark, as Excel's "CSV UTF-8" saves it, with the given separator. */
    public static byte[] csv(char separator, List<List<String>> rows) {
        StringBuilder text = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    text.append(separator);
                }
                String cell = row.get(c);
                boolean quote = cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n");
                text.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The .xlsx with its first sheet's XML padded by that many spaces: tiny zipped, huge unpacked. */
    public static byte[] zipBomb(byte[] xlsx, int padding) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 16];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int written = 0; written < padding; written += spaces.length) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
