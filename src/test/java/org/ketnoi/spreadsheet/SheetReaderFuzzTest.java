package org.ketnoi.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.ketnoi.shared.InvalidInputException;

/**
 * Property tests: whatever bytes arrive, reading ends in a {@link Sheet} or in an {@link
 * InvalidInputException} on {@code file} with an {@code import.error.*} key: never another exception.
 * Inputs are random bytes, and valid .xlsx and .csv files with random bytes changed, cut or inserted.
 */
class SheetReaderFuzzTest {

    private static final byte[] XLSX = SpreadsheetFiles.xlsx(List.of(
            List.of("Mã số thuế", "Tên doanh nghiệp", "Quốc gia"),
            List.of("0101234567", "Cà phê Đắk Lắk", "VN"),
            List.of("91440101MA5CYX1234", "广州咖啡贸易", "CN")));
    private static final byte[] CSV = SpreadsheetFiles.csv(
            ';',
            List.of(
                    List.of("Mã số thuế", "Tên doanh nghiệp", "Quốc gia"),
                    List.of("0101234567", "Cà phê \"Đắk Lắk\"", "VN")));

    private final SheetReader reader = new SheetReader(SpreadsheetFiles.limits());

    @Property(tries = 300)
    void randomBytes_neverEscapeAsAnythingButAClearError(@ForAll @Size(max = 2000) byte[] bytes) {
        assertReadsOrFailsClearly(bytes);
    }

    @Property(tries = 100)
    void damagedXlsx_neverEscapesAsAnythingButAClearError(@ForAll("damagedXlsx") byte[] bytes) {
        assertReadsOrFailsClearly(bytes);
    }

    @Property(tries = 300)
    void damagedCsv_neverEscapesAsAnythingButAClearError(@ForAll("damagedCsv") byte[] bytes) {
        assertReadsOrFailsClearly(bytes);
    }

    @Property(tries = 200)
    void anyText_asCsv_readsOrFailsClearly(@ForAll @Size(max = 500) String text) {
        assertReadsOrFailsClearly(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> damagedXlsx() {
        return damaged(XLSX);
    }

    @Provide
    Arbitrary<byte[]> damagedCsv() {
        return damaged(CSV);
    }

    /** The file with one to eight bytes overwritten, or cut short, or with a run of bytes inserted. */
    private static Arbitrary<byte[]> damaged(byte[] file) {
        Arbitrary<byte[]> flipped = Arbitraries.integers()
                .between(0, file.length - 1)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .flatMap(positions -> Arbitraries.bytes()
                        .array(byte[].class)
                        .ofSize(positions.size())
                        .map(values -> {
                            byte[] copy = file.clone();
                            for (int i = 0; i < positions.size(); i++) {
                                copy[positions.get(i)] = values[i];
                            }
                            return copy;
                        }));
        Arbitrary<byte[]> cut =
                Arbitraries.integers().between(1, file.length - 1).map(n -> Arrays.copyOf(file, n));
        Arbitrary<byte[]> inserted = Arbitraries.integers()
                .between(0, file.length)
                .flatMap(at -> Arbitraries.bytes()
                        .array(byte[].class)
                        .ofMinSize(1)
                        .ofMaxSize(64)
                        .map(run -> {
                            byte[] copy = new byte[file.length + run.length];
                            System.arraycopy(file, 0, copy, 0, at);
                            System.arraycopy(run, 0, copy, at, run.length);
                            System.arraycopy(file, at, copy, at + run.length, file.length - at);
                            return copy;
                        }));
        return Arbitraries.oneOf(flipped, cut, inserted);
    }

    private void assertReadsOrFailsClearly(byte[] bytes) {
        try {
            Sheet sheet = reader.read("fuzz", bytes);
            assertThat(sheet.rows()).isNotEmpty();
        } catch (InvalidInputException expected) {
            assertThat(expected.field()).isEqualTo("file");
            assertThat(expected.messageKey()).startsWith("import.error.");
        }
    }
}
