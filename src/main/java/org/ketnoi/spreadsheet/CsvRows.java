package org.ketnoi.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as spreadsheet programs save it: UTF-8 with or without a byte order mark (or UTF-16 with one),
 * separated by commas, semicolons (Excel in Vietnamese and most European locales) or tabs, whichever
 * the first line uses most. Other encodings are refused rather than guessed: a wrong guess would store
 * garbled Vietnamese or Chinese names.
 */
final class CsvRows {

    private final ImportLimits limits;

    CsvRows(ImportLimits limits) {
        this.limits = limits;
    }

    List<Sheet.Row> read(byte[] bytes) {
        String text = decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw SheetReader.failure("import.error.not-a-spreadsheet");
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .get();
        List<Sheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            int filled = 0;
            for (CSVRecord record : parser) {
                number++;
                if (record.stream().anyMatch(cell -> !cell.isBlank())
                        && ++filled > limits.maxRows() + SheetReader.ROWS_ABOVE_DATA) {
                    throw SheetReader.failure("import.error.too-many-rows", limits.maxRows());
                }
                List<String> cells = new ArrayList<>(record.size());
                for (int column = 0; column < record.size(); column++) {
                    String value = record.get(column);
                    if (!value.isBlank()) {
                        SheetReader.checkCell(limits, number - 1, column, value);
                    }
                    cells.add(value);
                }
                rows.add(new Sheet.Row(number, trimEnd(cells)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException broken) {
            throw SheetReader.failure("import.error.csv-broken");
        }
        return rows;
    }

    private static List<String> trimEnd(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }

    private static String decode(byte[] bytes) {
        if (SheetReader.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (SheetReader.startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (SheetReader.startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        return strict(bytes, 0, StandardCharsets.UTF_8);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException wrongEncoding) {
            throw SheetReader.failure("import.error.encoding");
        }
    }

    /** The separator the first line uses most, outside quotes; a comma when it has none. */
    static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                comma++;
            } else if (!quoted && c == ';') {
                semicolon++;
            } else if (!quoted && c == '\t') {
                tab++;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }
}
