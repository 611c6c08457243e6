package org.ketnoi.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationFixtures.OpenEvent;
import org.ketnoi.i18n.Language;
import org.ketnoi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The largest import the defaults allow: 5,000 rows (5,000 companies with contacts, each with one
 * listing) read from .xlsx, previewed, committed, and imported again (all updates). Prints the
 * times; see docs/benchmarks.md.
 */
@IntegrationTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ImportBenchmark {

    private static final String[] PROVINCES = {"Đắk Lắk", "Lâm Đồng", "Gia Lai", "Đồng Nai", "Cà Mau", "Lào Cai"};
    private static final String[] PRODUCTS = {"0901.11", "0904.11", "0801.32", "0810.60", "0306.17", "0902.10"};

    @Autowired
    ImportService imports;

    @Autowired
    ParticipationFixtures fixtures;

    @Test
    void fiveThousandRows() {
        OpenEvent event = fixtures.openEvent(true);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<List<String>> rows = new ArrayList<>();
        rows.add(Arrays.stream(ImportField.values())
                .map(f -> imports.label(f, Language.VI))
                .toList());
        for (int i = 0; i < 5000; i++) {
            List<String> row = new ArrayList<>();
            for (ImportField field : ImportField.values()) {
                row.add(
                        switch (field) {
                            case TAX_CODE -> "B" + run + String.format("%05d", i);
                            case NAME_VI -> "Công ty thử " + run + " số " + i;
                            case COUNTRY -> "Việt Nam";
                            case PROVINCE -> PROVINCES[i % PROVINCES.length];
                            case CONTACT_PERSON -> "Người liên hệ " + i;
                            case CONTACT_EMAIL -> "c" + i + "@" + run + ".example";
                            case CONTACT_PHONE -> "+84 28 3822 " + String.format("%04d", i);
                            case LISTING_TITLE_VI -> "Sản phẩm " + i;
                            case HS_CODES -> PRODUCTS[i % PRODUCTS.length];
                            case QUANTITY -> String.valueOf(10 + i % 90);
                            case UNIT -> "tấn";
                            default -> "";
                        });
            }
            rows.add(row);
        }
        byte[] file = SpreadsheetFiles.xlsx(rows);

        long t0 = System.nanoTime();
        Sheet sheet = imports.read("bench.xlsx", file);
        long t1 = System.nanoTime();
        ColumnMapping mapping = imports.guess(sheet);
        ImportReport preview = imports.preview(
                event.id(),
                sheet,
                mapping,
                ImportOptions.defaults(),
                event.organiser().user());
        long t2 = System.nanoTime();
        ImportReport commit = imports.commit(
                event.id(),
                sheet,
                mapping,
                ImportOptions.defaults(),
                event.organiser().user());
        long t3 = System.nanoTime();
        ImportReport again = imports.commit(
                event.id(),
                sheet,
                mapping,
                ImportOptions.defaults(),
                event.organiser().user());
        long t4 = System.nanoTime();

        assertThat(preview.errors()).isEmpty();
        assertThat(commit.committed()).isTrue();
        assertThat(again.committed()).isTrue();
        System.out.printf(
                "import benchmark: file %d KB; read %d ms; preview %d ms; commit %d ms (%d companies, %d listings); re-import %d ms (%d unchanged, %d listings updated)%n",
                file.length / 1024,
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000,
                commit.count(ImportReport.CompanyAction.CREATED),
                commit.listingsCreated(),
                (t4 - t3) / 1_000_000,
                again.count(ImportReport.CompanyAction.UNCHANGED),
                again.listingsUpdated());
    }
}
