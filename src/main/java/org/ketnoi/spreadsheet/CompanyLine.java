package org.ketnoi.spreadsheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.QuantityUnit;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.i18n.LocalizedText;

/**
 * One company of an import as the file describes it: values read from its first row (null or empty
 * where the file leaves a cell blank: the stored value is kept), and the listings of that row and of
 * the rows that continue it.
 */
final class CompanyLine {

    final int row;

    @Nullable
    String taxCode;

    @Nullable
    String email;

    LocalizedText name = LocalizedText.empty();
    LocalizedText description = LocalizedText.empty();

    @Nullable
    String country;

    @Nullable
    String provinceText;

    @Nullable
    String address;

    @Nullable
    String website;

    @Nullable
    Integer yearFounded;

    @Nullable
    String person;

    @Nullable
    String phone;

    @Nullable
    ParticipantRole role;

    @Nullable
    Long connectionPoint;

    @Nullable
    Attendance attendance;

    final List<ListingLine> listings = new ArrayList<>();

    CompanyLine(int row) {
        this.row = row;
    }

    /** The key shown to the user: the tax code, else the contact e-mail. */
    String key() {
        return taxCode != null ? taxCode : email == null ? "" : email;
    }

    /** One listing row. */
    record ListingLine(
            int row,
            @Nullable ListingKind kind,
            LocalizedText title,
            LocalizedText description,
            List<String> hsCodes,
            @Nullable BigDecimal quantity,
            @Nullable QuantityUnit unit) {}
}
