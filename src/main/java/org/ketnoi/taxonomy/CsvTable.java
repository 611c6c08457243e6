package org.ketnoi.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * A small RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes, a leading BOM) for
 * the bundled data files. Hand-written because the files are trusted, small and read once, and a CSV
 * library would be a dependency for 60 lines.
 */
final class CsvTable {

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<List<String>> rows;
    private final String name;

    private CsvTable(String name, List<List<String>> records) {
        this.name = name;
        List<String> header = records.getFirst();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip(), i);
        }
        this.rows = records.subList(1, records.size());
    }

    static CsvTable read(String classpathLocation) {
        try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
            return new CsvTable(classpathLocation, parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + classpathLocation, e);
        }
    }

    List<Row> rows() {
        return rows.stream().map(Row::new).toList();
    }

    /** One record; fields are looked up by header name so column order in the files may change. */
    final class Row {
        private final List<String> fields;

        private Row(List<String> fields) {
            this.fields = fields;
        }

        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalStateException("Column " + column + " missing in " + name);
            }
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                endRecord(records, record, field);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        endRecord(records, record, field);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field) {
        record.add(field.toString());
        field.setLength(0);
        if (record.size() > 1 || !record.getFirst().isEmpty()) {
            records.add(record);
        }
    }
}
