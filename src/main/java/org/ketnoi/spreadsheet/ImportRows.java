package org.ketnoi.spreadsheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.QuantityUnit;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.i18n.LocalizedText;

/**
 * Turns the rows of a sheet into companies, using the column mapping: reads and checks each cell
 * (errors name the row and the column) and groups the rows. A company's first row gives its values;
 * later rows with the same key (tax code, else contact e-mail) and rows without any company cells
 * (as under a merged company cell) add listings to it.
 */
final class ImportRows {

    /** Column widths in the database; longer values would be cut. */
    private static final Map<ImportField, Integer> MAX_LENGTH = Map.ofEntries(
            Map.entry(ImportField.NAME_VI, 300),
            Map.entry(ImportField.NAME_ZH, 300),
            Map.entry(ImportField.NAME_EN, 300),
            Map.entry(ImportField.ADDRESS, 500),
            Map.entry(ImportField.WEBSITE, 300),
            Map.entry(ImportField.CONTACT_PERSON, 200),
            Map.entry(ImportField.CONTACT_EMAIL, 320),
            Map.entry(ImportField.CONTACT_PHONE, 50),
            Map.entry(ImportField.TAX_CODE, 30),
            Map.entry(ImportField.DESCRIPTION_VI, 10_000),
            Map.entry(ImportField.DESCRIPTION_ZH, 10_000),
            Map.entry(ImportField.DESCRIPTION_EN, 10_000));

    private static final Map<String, ListingKind> KIND_SPELLINGS = Map.of(
            "bán", ListingKind.OFFER,
            "cung cấp", ListingKind.OFFER,
            "sell", ListingKind.OFFER,
            "供货", ListingKind.OFFER,
            "出售", ListingKind.OFFER,
            "mua", ListingKind.NEED,
            "buy", ListingKind.NEED,
            "采购", ListingKind.NEED,
            "đầu tư", ListingKind.INVESTMENT,
            "công nghệ", ListingKind.TECHNOLOGY);

    private static final Map<String, QuantityUnit> UNIT_SPELLINGS = Map.of(
            "t", QuantityUnit.TONNE,
            "ton", QuantityUnit.TONNE,
            "tons", QuantityUnit.TONNE,
            "kilogram", QuantityUnit.KG,
            "公斤", QuantityUnit.KG,
            "cont 20", QuantityUnit.CONTAINER_20FT,
            "cont 40", QuantityUnit.CONTAINER_40FT,
            "pcs", QuantityUnit.PIECE,
            "lít", QuantityUnit.LITRE,
            "liter", QuantityUnit.LITRE);

    private static final Map<String, ParticipantRole> ROLE_SPELLINGS = Map.of(
            "bán", ParticipantRole.SELLER,
            "xuất khẩu", ParticipantRole.SELLER,
            "exporter", ParticipantRole.SELLER,
            "供应商", ParticipantRole.SELLER,
            "mua", ParticipantRole.BUYER,
            "nhập khẩu", ParticipantRole.BUYER,
            "importer", ParticipantRole.BUYER,
            "采购商", ParticipantRole.BUYER);

    private static final Map<String, Attendance> ATTENDANCE_SPELLINGS = Map.of(
            "online", Attendance.ONLINE,
            "offline", Attendance.IN_PERSON,
            "trực tiếp", Attendance.IN_PERSON,
            "线下", Attendance.IN_PERSON);

    record Parsed(List<CompanyLine> companies, List<RowError> errors) {}

    private final ValueReader values;
    private final Sheet sheet;
    private final ColumnMapping mapping;
    private final List<ConnectionPoint> points;
    private final List<RowError> errors = new ArrayList<>();

    ImportRows(ValueReader values, Sheet sheet, ColumnMapping mapping, List<ConnectionPoint> points) {
        this.values = values;
        this.sheet = sheet;
        this.mapping = mapping;
        this.points = points;
    }

    Parsed parse() {
        Map<String, CompanyLine> byKey = new LinkedHashMap<>();
        CompanyLine previous = null;
        for (Sheet.Row row : sheet.rows()) {
            if (mapping.columns().keySet().stream().allMatch(c -> row.cell(c).isEmpty())) {
                continue;
            }
            boolean hasCompany = mapping.columns().entrySet().stream()
                    .anyMatch(e -> e.getValue().identifiesCompany()
                            && !row.cell(e.getKey()).isEmpty());
            if (!hasCompany) {
                if (previous == null) {
                    errors.add(RowError.of(row.number(), null, null, "import.error.listing-without-company"));
                } else {
                    listing(row, previous);
                }
                continue;
            }
            String tax = text(row, ImportField.TAX_CODE);
            String email = text(row, ImportField.CONTACT_EMAIL);
            if (tax == null && email == null) {
                errors.add(RowError.of(row.number(), null, ImportField.TAX_CODE, "import.error.key-missing"));
                previous = null;
                continue;
            }
            String key = tax != null ? "tax:" + tax : "email:" + email.toLowerCase(Locale.ROOT);
            CompanyLine line = byKey.get(key);
            if (line == null) {
                line = company(row, tax, email);
                byKey.put(key, line);
            }
            listing(row, line);
            previous = line;
        }
        return new Parsed(List.copyOf(byKey.values()), List.copyOf(errors));
    }

    private CompanyLine company(Sheet.Row row, @Nullable String tax, @Nullable String email) {
        CompanyLine line = new CompanyLine(row.number());
        line.taxCode = tax;
        line.email = email;
        line.name = localized(row, ImportField.NAME_VI, ImportField.NAME_ZH, ImportField.NAME_EN);
        line.description =
                localized(row, ImportField.DESCRIPTION_VI, ImportField.DESCRIPTION_ZH, ImportField.DESCRIPTION_EN);
        line.address = text(row, ImportField.ADDRESS);
        line.website = text(row, ImportField.WEBSITE);
        line.person = text(row, ImportField.CONTACT_PERSON);
        line.phone = text(row, ImportField.CONTACT_PHONE);
        line.yearFounded = read(row, ImportField.YEAR_FOUNDED, ValueReader::year, "import.error.year-invalid");
        String countryText = text(row, ImportField.COUNTRY);
        line.provinceText = text(row, ImportField.PROVINCE);
        if (countryText != null) {
            line.country = read(row, ImportField.COUNTRY, values::country, "import.error.country-unknown");
        } else if (line.provinceText != null) {
            line.country = values.countryOfProvince(line.provinceText).orElse(null);
        }
        if (line.provinceText != null
                && line.country != null
                && values.province(line.country, line.provinceText).isEmpty()) {
            error(row, ImportField.PROVINCE, "import.error.province-unknown", line.provinceText);
        }
        line.role = read(
                row,
                ImportField.ROLE,
                t -> values.choice(ParticipantRole.class, "participant.role.", t, ROLE_SPELLINGS),
                "import.error.role-unknown");
        line.attendance = read(
                row,
                ImportField.ATTENDANCE,
                t -> values.choice(Attendance.class, "participant.attendance.", t, ATTENDANCE_SPELLINGS),
                "import.error.attendance-unknown");
        line.connectionPoint = read(row, ImportField.CONNECTION_POINT, this::point, "import.error.point-unknown");
        return line;
    }

    private void listing(Sheet.Row row, CompanyLine company) {
        LocalizedText title = localized(
                row, ImportField.LISTING_TITLE_VI, ImportField.LISTING_TITLE_ZH, ImportField.LISTING_TITLE_EN);
        String hs = text(row, ImportField.HS_CODES);
        LocalizedText description = localized(
                row,
                ImportField.LISTING_DESCRIPTION_VI,
                ImportField.LISTING_DESCRIPTION_ZH,
                ImportField.LISTING_DESCRIPTION_EN);
        String quantityText = text(row, ImportField.QUANTITY);
        String unitText = text(row, ImportField.UNIT);
        String kindText = text(row, ImportField.LISTING_KIND);
        if (title.isEmpty()
                && hs == null
                && description.isEmpty()
                && quantityText == null
                && unitText == null
                && kindText == null) {
            return;
        }
        if (title.isEmpty()) {
            error(row, ImportField.LISTING_TITLE_VI, "import.error.listing-title-required");
            return;
        }
        if (hs == null) {
            error(row, ImportField.HS_CODES, "import.error.hs-required");
            return;
        }
        ListingKind kind = read(
                row,
                ImportField.LISTING_KIND,
                t -> values.choice(ListingKind.class, "catalog.kind.", t, KIND_SPELLINGS),
                "import.error.kind-unknown");
        BigDecimal quantity = read(row, ImportField.QUANTITY, ValueReader::number, "import.error.number-invalid");
        QuantityUnit unit = read(
                row,
                ImportField.UNIT,
                t -> values.choice(QuantityUnit.class, "catalog.unit.", t, UNIT_SPELLINGS),
                "import.error.unit-unknown");
        company.listings.add(new CompanyLine.ListingLine(
                row.number(), kind, title, description, ValueReader.codes(hs), quantity, unit));
    }

    private Optional<Long> point(String text) {
        String wanted = HeaderText.key(text);
        return points.stream()
                .filter(p -> HeaderText.key(String.valueOf(p.id())).equals(wanted)
                        || HeaderText.key(p.city()).equals(wanted)
                        || p.name().asMap().values().stream()
                                .anyMatch(n -> HeaderText.key(n).equals(wanted)))
                .map(ConnectionPoint::id)
                .findFirst();
    }

    private LocalizedText localized(Sheet.Row row, ImportField vi, ImportField zh, ImportField en) {
        return new LocalizedText(text(row, vi), text(row, zh), text(row, en));
    }

    private <T> @Nullable T read(Sheet.Row row, ImportField field, Function<String, Optional<T>> reader, String key) {
        String text = text(row, field);
        if (text == null) {
            return null;
        }
        Optional<T> value = reader.apply(text);
        if (value.isEmpty()) {
            error(row, field, key, text);
            return null;
        }
        return value.get();
    }

    private @Nullable String text(Sheet.Row row, ImportField field) {
        var column = mapping.columnOf(field);
        if (column.isEmpty()) {
            return null;
        }
        String text = row.cell(column.getAsInt());
        if (text.isEmpty()) {
            return null;
        }
        Integer max = MAX_LENGTH.get(field);
        if (max != null && text.length() > max) {
            error(row, field, "import.error.too-long", max);
            return null;
        }
        return text;
    }

    private void error(Sheet.Row row, ImportField field, String key, Object... args) {
        var column = mapping.columnOf(field);
        errors.add(RowError.of(
                row.number(), column.isPresent() ? sheet.columnName(column.getAsInt()) : null, field, key, args));
    }
}
