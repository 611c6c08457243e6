package org.ketnoi.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationFixtures.OpenEvent;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole import, fed with hostile files: broken files of every kind and seeded random sheets whose
 * cells hold formulas, huge numbers, separators, control characters, scripts and text in every
 * script. Each must end in a report or a translated file error, and a commit of a file with errors
 * must store nothing.
 */
@IntegrationTest
class ImportPipelineFuzzTests {

    private static final List<String> NASTY = List.of(
            "",
            " ",
            "=1+1",
            "=HYPERLINK(\"http://x\")",
            "@SUM(A1)",
            "+84",
            "-",
            "0",
            "00000000000000000000",
            "1e308",
            "NaN",
            "-1",
            "19,2",
            "1.200,5",
            "VN",
            "CN",
            "Atlantis",
            "Đắk Nông",
            "广东",
            "Zhejiang",
            "Bên mua",
            "买方",
            "ONLINE",
            "Hà Nội",
            "tấn",
            "0901.11",
            "9999.99",
            "0901 11 10, 0904.11",
            "a@b.vn",
            "not-an-email",
            "http://x.vn",
            "javascript:alert(1)",
            "<script>alert(1)</script>",
            "\u0000\u0001\u0007",
            "\t\r\n",
            "\"\"\"",
            ";;;",
            "🙂🙂",
            "ﬀ",
            "x".repeat(400),
            "1".repeat(31));

    @Autowired
    ImportService imports;

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void randomSheets_endInAReport_andCommitsWithErrorsStoreNothing() {
        OpenEvent event = fixtures.openEvent(true);
        Random random = new Random(20261123L);
        List<String> headers = Arrays.stream(ImportField.values())
                .map(field -> imports.label(field, Language.values()[random.nextInt(3)]))
                .toList();
        for (int round = 0; round < 25; round++) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(headers);
            for (int r = 0; r < 1 + random.nextInt(6); r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < headers.size(); c++) {
                    row.add(random.nextInt(3) == 0 ? "" : NASTY.get(random.nextInt(NASTY.size())));
                }
                rows.add(row);
            }
            byte[] bytes = random.nextBoolean() ? SpreadsheetFiles.xlsx(rows) : SpreadsheetFiles.csv(';', rows);
            Map<String, Long> before = counts();
            try {
                Sheet sheet = imports.read("fuzz", bytes);
                ColumnMapping mapping = imports.guess(sheet);
                ImportReport preview = imports.preview(
                        event.id(),
                        sheet,
                        mapping,
                        ImportOptions.defaults(),
                        event.organiser().user());
                assertThat(counts()).isEqualTo(before);
                if (!preview.errors().isEmpty()) {
                    ImportReport commit = imports.commit(
                            event.id(),
                            sheet,
                            mapping,
                            ImportOptions.defaults(),
                            event.organiser().user());
                    assertThat(commit.committed()).isFalse();
                    assertThat(counts()).isEqualTo(before);
                }
            } catch (InvalidInputException clear) {
                assertThat(clear.messageKey()).startsWith("import.error.");
                assertThat(counts()).isEqualTo(before);
            }
        }
    }

    @Test
    void brokenFilesOfEveryKind_storeNothing() {
        OpenEvent event = fixtures.openEvent(true);
        byte[] xlsx = SpreadsheetFiles.xlsx(List.of(
                List.of("Mã số thuế", "Tên doanh nghiệp", "Quốc gia"), List.of("F0123456789", "Công ty", "VN")));
        List<byte[]> broken = List.of(
                Arrays.copyOf(xlsx, xlsx.length / 3),
                SpreadsheetFiles.zipBomb(xlsx, 32 * 1024 * 1024),
                "Mã số thuế;Tên\nF0123456789;Công ty\n".getBytes(Charset.forName("windows-1258")),
                "Mã số thuế;Tên\n\"F0123456789;Công ty\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0},
                new byte[] {'P', 'K', 3, 4, 1, 2, 3},
                SpreadsheetFiles.xlsx(List.of()),
                new byte[0]);
        Map<String, Long> before = counts();

        for (byte[] file : broken) {
            try {
                Sheet sheet = imports.read("broken", file);
                imports.commit(
                        event.id(),
                        sheet,
                        imports.guess(sheet),
                        ImportOptions.defaults(),
                        event.organiser().user());
                throw new AssertionError("a broken file was read");
            } catch (InvalidInputException clear) {
                assertThat(clear.field()).isEqualTo("file");
                assertThat(clear.messageKey()).startsWith("import.error.");
            }
        }

        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        return Map.of(
                "company", count("company"),
                "event_participant", count("event_participant"),
                "listing", count("listing"),
                "audit_log", count("audit_log"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
